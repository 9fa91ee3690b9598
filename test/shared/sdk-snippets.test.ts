/**
 * SDK setup snippets (src/shared/sdk): the text of each platform's snippet, pinned; every value
 * filled in and never the AccessKeySecret; and no value — a hostile channel name, a domain or
 * SDK address edited by hand into settings.json — can leave the string literal or comment it
 * is written into. JavaScript snippets are run (node:vm, with the SDK faked) and must hand the
 * SDK exactly the values; Java and Objective-C are read by lexers written from the languages'
 * rules (source-lexers.ts) and must keep the program's shape.
 */
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  GUIDES,
  generateSnippet,
  MINI_PROGRAM_GLOBALS,
  MINI_PROGRAM_SNIPPETS,
  missingSettings,
  SNIPPET_IDS,
  snippetInfo,
  snippetsFor,
  snippetValues,
  type SnippetId,
  type SnippetValues
} from '../../src/shared/sdk/snippets'
import { commentText, javaString, jsString, objcString } from '../../src/shared/sdk/escape'
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings'
import { formatKey } from '../../src/shared/keys'
import { lexJava, lexObjectiveC } from './source-lexers'

const APP_KEY = formatKey('appKey', 'AbCdEfGhIjKlMnOpQ')
const SECRET = formatKey('accessKeySecret', 'NeverInASnippetNeverInASnippet00')
const values: SnippetValues = {
  channelName: 'Shop app',
  appKey: APP_KEY,
  collectionDomain: 'https://collect.example.com',
  standbyDomain: 'https://standby.example.com',
  webSdkUrl: 'https://d.alicdn.com/alilog/mlog/aplus/203467608.js'
}

describe('the snippets, pinned per platform', () => {
  it('Web: aplus_queue setMetaInfo appKey and trackDomain, after loading the SDK', () => {
    expect(generateSnippet('web', values, 'en'))
      .toBe(`<!-- Quick Tracking Web SDK for “Shop app”: in the <head> of every page -->
<script>
  // Load the SDK (its address from the Quick Tracking console)
  (function (w, d, s, q) {
    w[q] = w[q] || [];
    var f = d.getElementsByTagName(s)[0],
      j = d.createElement(s);
    j.async = true;
    j.id = 'beacon-aplus';
    j.src = 'https://d.alicdn.com/alilog/mlog/aplus/203467608.js';
    f.parentNode.insertBefore(j, f);
  })(window, document, 'script', 'aplus_queue');

  // The APPKEY of this channel
  aplus_queue.push({
    action: 'aplus.setMetaInfo',
    arguments: ['appKey', '${APP_KEY}']
  });
  // The data collection domain
  aplus_queue.push({
    action: 'aplus.setMetaInfo',
    arguments: ['trackDomain', 'https://collect.example.com']
  });
</script>
`)
  })

  it('Android: QtConfigure.setCustomDomain, preInit, then init after consent', () => {
    expect(generateSnippet('android', values, 'en'))
      .toBe(`// Quick Tracking SDK for “Shop app” (Android): your Application class
import android.app.Application;
import com.quick.qt.commonsdk.QtConfigure;

public class MyApplication extends Application {
    @Override
    public void onCreate() {
        super.onCreate();
        // First, before any other SDK call: the data collection domain and the standby one
        QtConfigure.setCustomDomain("https://collect.example.com", "https://standby.example.com");
        // Pre-initialise: nothing is collected or sent yet
        // channel: the store or release channel of this build
        QtConfigure.preInit(this, "${APP_KEY}", "default");
    }
}

// Once the user has agreed to your privacy policy:
QtConfigure.init(context, "${APP_KEY}", "default", QtConfigure.DEVICE_TYPE_PHONE, "");
`)
  })

  it('Android without a standby domain passes null (the SDK then retries the primary)', () => {
    const text = generateSnippet('android', { ...values, standbyDomain: null }, 'en')
    expect(text).toContain('QtConfigure.setCustomDomain("https://collect.example.com", null);')
    expect(text).toContain('the data collection domain (no standby one)')
  })

  it('iOS: QTConfigure setCustomDomain:standbyDomain: and initWithAppkey:channel:', () => {
    expect(generateSnippet('ios', values, 'en'))
      .toBe(`// Quick Tracking SDK for “Shop app” (iOS): AppDelegate.m
#import <QTCommon/QTCommon.h>

- (BOOL)application:(UIApplication *)application
    didFinishLaunchingWithOptions:(NSDictionary *)launchOptions {
    // First, before any other SDK call: the data collection domain and the standby one
    [QTConfigure setCustomDomain:@"https://collect.example.com" standbyDomain:@"https://standby.example.com"];
    // Once the user has agreed to your privacy policy:
    // channel: the store or release channel of this build
    [QTConfigure initWithAppkey:@"${APP_KEY}" channel:@"App Store"];
    return YES;
}
`)
    expect(generateSnippet('ios', { ...values, standbyDomain: null }, 'en')).toContain(
      'standbyDomain:nil];'
    )
  })

  it('HarmonyOS: qtconfig.json, then setTrackDomain and preInit', () => {
    expect(generateSnippet('harmonyos.qtconfig', values, 'en')).toBe(`{
  "appKey": "${APP_KEY}",
  "channel": "AppGallery"
}
`)
    expect(snippetInfo('harmonyos.qtconfig').fileName).toBe('qtconfig.json')
    expect(generateSnippet('harmonyos.init', values, 'en'))
      .toBe(`// Quick Tracking SDK for “Shop app” (HarmonyOS): your AbilityStage or EntryAbility
import { preInit, setTrackDomain } from '@quicktracking/analytics';

// First, before any other SDK call: the data collection domain and the standby one
setTrackDomain('https://collect.example.com', 'https://standby.example.com');
// Pre-initialise: nothing is collected or sent yet. Also in AppScope/resources/rawfile/qtconfig.json (same APPKEY)
preInit({
  context: this.context.getApplicationContext(),
  appKey: '${APP_KEY}',
  channel: 'AppGallery'
});
// Once the user has agreed to your privacy policy, initialise the SDK (the guide, step 2)
`)
    expect(generateSnippet('harmonyos.init', { ...values, standbyDomain: null }, 'en')).toContain(
      "setTrackDomain('https://collect.example.com');"
    )
  })

  it('each mini-program host: initQTSDK with aplusConfig.metaInfo appKey and trackDomain', () => {
    expect(generateSnippet('miniprogram.WECHAT', values, 'en'))
      .toBe(`// Quick Tracking SDK for “Shop app” (WeChat mini program): at the top of app.js
import { initQTSDK } from './utils/qt_mini.umd.js';

const aplusConfig = {
  metaInfo: {
    appKey: '${APP_KEY}',
    trackDomain: 'https://collect.example.com'
  }
};
// Puts aplus and aplus_queue on wx
initQTSDK(aplusConfig);
// Add https://collect.example.com to the mini program's allowed request domains
`)
    const hosts: ReadonlyArray<readonly [SnippetId, string, string]> = [
      ['miniprogram.ALIPAY', 'Alipay', 'my'],
      ['miniprogram.DINGTALK', 'DingTalk', 'dd'],
      ['miniprogram.DOUYIN', 'Douyin', 'tt'],
      ['miniprogram.JD', 'JD', 'jd'],
      ['miniprogram.XIAOHONGSHU', 'Xiaohongshu', 'xhs'],
      ['miniprogram.BAIDU', 'Baidu', 'swan'],
      ['miniprogram.TAOBAO', 'Taobao', 'my']
    ]
    for (const [id, host, global] of hosts) {
      const text = generateSnippet(id, values, 'en')
      expect(text.split('\n')[0]).toBe(
        `// Quick Tracking SDK for “Shop app” (${host} mini program): at the top of app.js`
      )
      expect(text).toContain(`// Puts aplus and aplus_queue on ${global}\n`)
      // The code is the same on every host.
      expect(text.split('\n').slice(1, 9)).toEqual(
        generateSnippet('miniprogram.WECHAT', values, 'en').split('\n').slice(1, 9)
      )
    }
    expect(Object.keys(MINI_PROGRAM_GLOBALS)).toHaveLength(MINI_PROGRAM_SNIPPETS.length)
  })

  it('speaks the interface language in its comments, never in its code', () => {
    const zh = generateSnippet('miniprogram.WECHAT', values, 'zh-CN')
    expect(zh.split('\n')[0]).toBe(
      '// “Shop app”的 Quick Tracking SDK（微信小程序）：放在 app.js 开头'
    )
    expect(zh).toContain('// 请把 https://collect.example.com 加入小程序的 request 合法域名')
    const code = (text: string) => text.split('\n').filter((line) => !line.trim().startsWith('//'))
    for (const id of SNIPPET_IDS) {
      if (id === 'web') continue
      expect(code(generateSnippet(id, values, 'zh-CN')), id).toEqual(
        code(generateSnippet(id, values, 'en'))
      )
    }
  })
})

describe('which snippets a channel gets', () => {
  it('one per platform, HarmonyOS two (its qtconfig.json and the code), WEB one for all its sites', () => {
    expect(snippetsFor({ appType: 'APP', platforms: ['ANDROID', 'IOS', 'HARMONYOS'] })).toEqual([
      'android',
      'ios',
      'harmonyos.qtconfig',
      'harmonyos.init'
    ])
    expect(snippetsFor({ appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'DOUYIN'] })).toEqual([
      'miniprogram.WECHAT',
      'miniprogram.DOUYIN'
    ])
    expect(snippetsFor({ appType: 'WEB', platforms: [] })).toEqual(['web'])
  })

  it('cites a Quick Tracking page in each language for every snippet', () => {
    for (const id of SNIPPET_IDS) {
      const { guide } = snippetInfo(id)
      expect(guide.en).toMatch(/^https:\/\/(help\.aliyun\.com|www\.alibabacloud\.com)\//)
      expect(guide['zh-CN']).toMatch(/^https:\/\/help\.aliyun\.com\//)
    }
    expect(Object.keys(GUIDES).length).toBeGreaterThanOrEqual(6)
  })
})

describe('every placeholder filled, no secret', () => {
  const settings: Settings = {
    collectionDomain: values.collectionDomain,
    standbyDomain: values.standbyDomain,
    webSdkUrl: values.webSdkUrl,
    rotationPolicyDays: 90
  }
  const full = snippetValues({ name: 'Shop app', appKey: APP_KEY }, settings)
  // What the vendor pages write where a value goes, and template syntax left unfilled.
  const PLACEHOLDER =
    /xxx|XXX|您的|你的|YOUR_|YOUR |\{\{|\$\{|\bundefined\b|TODO|收数域名'|SDK link|SDK链接|['"]appKey['"], ''|appKey: ''/

  it.each(SNIPPET_IDS.flatMap((id) => [[id, 'en'] as const, [id, 'zh-CN'] as const]))(
    '%s (%s) holds the APPKEY and every domain it needs, and no placeholder',
    (id, language) => {
      const text = generateSnippet(id, full, language)
      expect(text).toContain(APP_KEY)
      if (snippetInfo(id).requires.includes('collectionDomain')) {
        expect(text).toContain(values.collectionDomain)
      }
      if (['android', 'ios', 'harmonyos.init'].includes(id)) {
        expect(text).toContain(values.standbyDomain)
      }
      if (id === 'web') expect(text).toContain(values.webSdkUrl)
      const withoutHeadTag = text.replace('<head>', '').replace(/^<\/?script>$/gm, '')
      expect(withoutHeadTag).not.toMatch(PLACEHOLDER)
      expect(text).not.toContain(SECRET)
      expect(text).not.toMatch(/csk_/)
    }
  )

  it('is never written with a gap: a snippet whose setting is missing says so and refuses', () => {
    expect(missingSettings('android', DEFAULT_SETTINGS)).toEqual(['collectionDomain'])
    expect(missingSettings('web', { ...settings, webSdkUrl: null })).toEqual(['webSdkUrl'])
    expect(missingSettings('web', DEFAULT_SETTINGS)).toEqual(['collectionDomain', 'webSdkUrl'])
    expect(missingSettings('harmonyos.qtconfig', DEFAULT_SETTINGS)).toEqual([])
    for (const id of SNIPPET_IDS) {
      if (missingSettings(id, settings).length > 0) continue
      expect(missingSettings(id, settings)).toEqual([])
    }
    const none = snippetValues({ name: 'Shop app', appKey: APP_KEY }, DEFAULT_SETTINGS)
    expect(() => generateSnippet('android', none, 'en')).toThrow(/collectionDomain/)
    expect(() => generateSnippet('web', { ...full, webSdkUrl: null }, 'en')).toThrow(/webSdkUrl/)
  })

  it('has nowhere to put a secret: the values of a channel carry only its name and APPKEY', () => {
    const channel = { name: 'Shop app', appKey: APP_KEY, accessKeySecret: SECRET }
    const taken = snippetValues(channel, settings)
    expect(JSON.stringify(taken)).not.toContain(SECRET)
    expect(Object.keys(taken).sort()).toEqual(
      ['appKey', 'channelName', 'collectionDomain', 'standbyDomain', 'webSdkUrl'].sort()
    )
  })
})

/** Hostile values: each tries to end its literal or comment and run code. */
const HOSTILE = [
  `'); globalThis.pwned = 1; //`,
  `"); System.exit(1); //`,
  `"]; [NSApp terminate:nil]; //`,
  '\nglobalThis.pwned = 1; //',
  '\r\nglobalThis.pwned = 1; //',
  '\u2028globalThis.pwned = 1; //',
  '\u2029globalThis.pwned = 1; //',
  '*/ globalThis.pwned = 1; /*',
  '</script><script>globalThis.pwned = 1</script>',
  '--> <script>globalThis.pwned = 1</script> <!--',
  '\\u000a globalThis.pwned = 1; //',
  '\\u0022); System.exit(1); //',
  '\\',
  'trailing backslash\\',
  '??/',
  '??/\nglobalThis.pwned = 1; //',
  '`${globalThis.pwned = 1}`',
  '\u202Eevil\u202C',
  '\uD800 lone surrogate',
  'null',
  '\u0000NUL',
  '\u0085next line'
]

/** Run a JavaScript snippet with the SDK faked; what it handed the SDK, and whether it did more. */
function runJs(id: SnippetId, text: string): { handed: unknown; pwned: unknown } {
  const sandbox: Record<string, unknown> = { handed: [] as unknown[] }
  const handed = sandbox.handed as unknown[]
  if (id === 'web') {
    const open = text.indexOf('<script>')
    const close = text.search(/<\/script/i)
    // One script element, ended where the snippet ends it.
    expect(text.slice(close + 1).search(/<\/script/i)).toBe(-1)
    expect((text.match(/<script/gi) ?? []).length).toBe(1)
    expect(text.indexOf('-->')).toBe(text.split('\n')[0].length - 3)
    const script = text.slice(open + '<script>'.length, close)
    expect(script).not.toMatch(/<!--|<script/i)
    const script_ = { src: '' }
    sandbox.window = sandbox
    sandbox.document = {
      getElementsByTagName: () => [
        { parentNode: { insertBefore: (j: { src: string }) => (script_.src = j.src) } }
      ],
      createElement: () => ({})
    }
    runInNewContext(script, sandbox)
    const queue = sandbox.aplus_queue as Array<{ arguments: unknown[] }>
    handed.push(script_.src, ...queue.map((command) => command.arguments))
  } else if (id === 'harmonyos.init') {
    const body = text.replace(
      "import { preInit, setTrackDomain } from '@quicktracking/analytics';",
      ''
    )
    sandbox.setTrackDomain = (...domains: unknown[]) => handed.push(domains)
    sandbox.preInit = (config: unknown) => handed.push(config)
    runInNewContext(
      `(function () {\n${body}\n}).call({ context: { getApplicationContext: () => 'CTX' } })`,
      sandbox
    )
  } else {
    const body = text.replace("import { initQTSDK } from './utils/qt_mini.umd.js';", '')
    sandbox.initQTSDK = (config: unknown) => handed.push(config)
    runInNewContext(body, sandbox)
  }
  return { handed: JSON.parse(JSON.stringify(handed)), pwned: sandbox.pwned }
}

const wellFormed = (text: string): string => text.toWellFormed()

/** Any string, and often one made of the characters that end literals and comments. */
const anyString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.constantFrom(
        ...`'"\\\n\r\t\u2028\u2029<>?/*-!u0a$\`{}@;)(`.split(''),
        '\u202e',
        '\u0085',
        '\ud800',
        '\udc00',
        '\u{e0020}'
      ),
      maxLength
    })
  )

describe('a hostile channel name or domain stays inside its literal or comment', () => {
  const hostileValues = (bad: string): SnippetValues => ({
    channelName: `Shop ${bad}`,
    appKey: APP_KEY,
    collectionDomain: `https://collect.example.com/${bad}`,
    standbyDomain: `https://standby.example.com/${bad}`,
    webSdkUrl: `https://d.alicdn.com/${bad}.js`
  })

  it.each(HOSTILE)('JavaScript snippets hand the SDK exactly the values: %j', (bad) => {
    const v = hostileValues(bad)
    const jsIds: SnippetId[] = ['web', 'harmonyos.init', ...MINI_PROGRAM_SNIPPETS]
    for (const id of jsIds) {
      for (const language of ['en', 'zh-CN'] as const) {
        const { handed, pwned } = runJs(id, generateSnippet(id, v, language))
        expect(pwned, id).toBeUndefined()
        const domain = wellFormed(v.collectionDomain ?? '')
        const expected =
          id === 'web'
            ? [wellFormed(v.webSdkUrl ?? ''), ['appKey', APP_KEY], ['trackDomain', domain]]
            : id === 'harmonyos.init'
              ? [
                  [domain, wellFormed(v.standbyDomain ?? '')],
                  { context: 'CTX', appKey: APP_KEY, channel: 'AppGallery' }
                ]
              : [{ metaInfo: { appKey: APP_KEY, trackDomain: domain } }]
        expect(handed, id).toEqual(expected)
      }
    }
  })

  it.each(HOSTILE)('Java keeps its shape and its literals: %j', (bad) => {
    const v = hostileValues(bad)
    const plain = lexJava(generateSnippet('android', values, 'en'))
    const lexed = lexJava(generateSnippet('android', v, 'en'))
    expect(lexed.skeleton).toBe(plain.skeleton)
    expect(lexed.literals).toEqual([
      wellFormed(v.collectionDomain ?? ''),
      wellFormed(v.standbyDomain ?? ''),
      APP_KEY,
      'default',
      APP_KEY,
      'default',
      ''
    ])
    expect(lexed.comments).toHaveLength(plain.comments.length)
  })

  it.each(HOSTILE)('Objective-C keeps its shape and its literals: %j', (bad) => {
    const v = hostileValues(bad)
    const plain = lexObjectiveC(generateSnippet('ios', values, 'en'))
    const lexed = lexObjectiveC(generateSnippet('ios', v, 'en'))
    expect(lexed.skeleton).toBe(plain.skeleton)
    expect(lexed.literals).toEqual([
      wellFormed(v.collectionDomain ?? '').replace(/[\u0080-\u009f]/g, '\uFFFD'),
      wellFormed(v.standbyDomain ?? '').replace(/[\u0080-\u009f]/g, '\uFFFD'),
      APP_KEY,
      'App Store'
    ])
    expect(lexed.comments).toHaveLength(plain.comments.length)
  })

  it.each(HOSTILE)('qtconfig.json stays JSON with the same keys: %j', (bad) => {
    const text = generateSnippet('harmonyos.qtconfig', { ...values, appKey: bad }, 'en')
    expect(JSON.parse(text)).toEqual({ appKey: bad, channel: 'AppGallery' })
  })

  it('holds for any string (property test, every language)', () => {
    fc.assert(
      fc.property(anyString(40), fc.constantFrom('en', 'zh-CN' as const), (bad, language) => {
        const v = hostileValues(bad)
        expect(lexJava(generateSnippet('android', v, language)).skeleton).toBe(
          lexJava(generateSnippet('android', values, language)).skeleton
        )
        expect(lexObjectiveC(generateSnippet('ios', v, language)).skeleton).toBe(
          lexObjectiveC(generateSnippet('ios', values, language)).skeleton
        )
        expect(
          runJs('miniprogram.DOUYIN', generateSnippet('miniprogram.DOUYIN', v, language)).pwned
        ).toBeUndefined()
        expect(runJs('web', generateSnippet('web', v, language)).pwned).toBeUndefined()
      }),
      { numRuns: 300 }
    )
  })
})

describe('the escapers', () => {
  it('round-trip through each language’s own reading of a literal', () => {
    fc.assert(
      fc.property(anyString(60), (value) => {
        const expected = value.toWellFormed()
        expect(runInNewContext(jsString(value))).toBe(expected)
        expect(lexJava(`x = ${javaString(value)};`).literals).toEqual([expected])
        expect(lexObjectiveC(`x = ${objcString(value)};`).literals).toEqual([
          expected.replace(/[\u0080-\u009f]/g, '\uFFFD')
        ])
      }),
      { numRuns: 500 }
    )
  })

  it('keep a comment on its line in every language', () => {
    for (const bad of HOSTILE) {
      const text = commentText(bad)
      expect(text).not.toMatch(/[\r\n\u2028\u2029\\<>]|\?\?/)
      expect(lexJava(`// ${text}\nx();`).skeleton).toBe('/*…*/\nx();')
      expect(lexObjectiveC(`// ${text}\nx();`).skeleton).toBe('/*…*/\nx();')
    }
  })
})
