/**
 * SDK setup (SPEC §10): for each platform of a channel, the Quick Tracking SDK's
 * initialisation code with the channel's APPKEY and the organisation's data collection domain
 * (and standby domain) filled in. Main generates the same text when it copies a snippet, so
 * what is shown is what is copied. A snippet never holds the AccessKeySecret: its input has no
 * field for it.
 *
 * Each snippet follows the vendor page in its `guide` (docs/integration.md cites them all);
 * every value is escaped for its language (escape.ts). Comments are in the interface
 * language. Pure: no `electron`, `node:` or DOM imports.
 */
import {
  MINI_PROGRAM_PLATFORMS,
  type AppType,
  type MiniProgramPlatform,
  type Platform
} from '../channel'
import type { Language } from '../i18n/languages'
import type { Settings } from '../settings'
import { commentText, javaString, jsString, objcString } from './escape'

export const MINI_PROGRAM_SNIPPETS = MINI_PROGRAM_PLATFORMS.map(
  (host) => `miniprogram.${host}` as const
)
export const SNIPPET_IDS = [
  'web',
  'android',
  'ios',
  'harmonyos.qtconfig',
  'harmonyos.init',
  ...MINI_PROGRAM_SNIPPETS
] as const
export type SnippetId = (typeof SNIPPET_IDS)[number]

/** What highlight.js calls the snippet's language. */
export type SnippetLanguage = 'xml' | 'java' | 'objectivec' | 'json' | 'typescript' | 'javascript'

/** The settings a snippet cannot be written without. */
export type RequiredSetting = 'collectionDomain' | 'webSdkUrl'

/** A vendor page, in each interface language. */
export type Guide = Readonly<Record<Language, string>>

export interface SnippetInfo {
  readonly language: SnippetLanguage
  /** The file the snippet is (qtconfig.json), when it is a whole file; it can be saved. */
  readonly fileName?: string
  readonly requires: readonly RequiredSetting[]
  /** The Quick Tracking page the snippet follows. */
  readonly guide: Guide
}

/** The vendor pages (docs/integration.md cites them per snippet). */
export const GUIDES = {
  web: {
    en: 'https://www.alibabacloud.com/help/en/quick-tracking/latest/introduce-initialize-sdk',
    'zh-CN': 'https://help.aliyun.com/document_detail/473456.html'
  },
  android: {
    en: 'https://help.aliyun.com/en/document_detail/260237.html',
    'zh-CN': 'https://help.aliyun.com/document_detail/260237.html'
  },
  ios: {
    en: 'https://help.aliyun.com/en/document_detail/2788320.html',
    'zh-CN': 'https://help.aliyun.com/document_detail/2788320.html'
  },
  harmonyosConfig: {
    en: 'https://www.alibabacloud.com/help/en/quick-tracking/latest/introduction-configuration',
    'zh-CN': 'https://help.aliyun.com/document_detail/2850966.html'
  },
  harmonyosInit: {
    en: 'https://www.alibabacloud.com/help/en/quick-tracking/latest/basic-integration-3',
    'zh-CN': 'https://help.aliyun.com/document_detail/2850967.html'
  },
  miniProgram: {
    en: 'https://help.aliyun.com/en/document_detail/613904.html',
    'zh-CN': 'https://help.aliyun.com/document_detail/613904.html'
  }
} as const satisfies Record<string, Guide>

const DOMAINS: readonly RequiredSetting[] = ['collectionDomain']

const INFO: Readonly<Record<SnippetId, SnippetInfo>> = {
  web: { language: 'xml', requires: ['collectionDomain', 'webSdkUrl'], guide: GUIDES.web },
  android: { language: 'java', requires: DOMAINS, guide: GUIDES.android },
  ios: { language: 'objectivec', requires: DOMAINS, guide: GUIDES.ios },
  'harmonyos.qtconfig': {
    language: 'json',
    fileName: 'qtconfig.json',
    // The file holds the APPKEY only; it is one half of the setup, saved on its own.
    requires: [],
    guide: GUIDES.harmonyosConfig
  },
  'harmonyos.init': { language: 'typescript', requires: DOMAINS, guide: GUIDES.harmonyosInit },
  ...(Object.fromEntries(
    MINI_PROGRAM_SNIPPETS.map((id) => [
      id,
      { language: 'javascript', requires: DOMAINS, guide: GUIDES.miniProgram }
    ])
  ) as Record<(typeof MINI_PROGRAM_SNIPPETS)[number], SnippetInfo>)
}

/** How a snippet is shown, saved and what it needs. */
export function snippetInfo(id: SnippetId): SnippetInfo {
  return INFO[id]
}

/** The platform (or WEB) a snippet belongs to. */
export type SdkTarget = Platform | 'WEB'

/** The snippets of one platform, in the order they are used. */
export function snippetsOfTarget(target: SdkTarget): readonly SnippetId[] {
  switch (target) {
    case 'WEB':
      return ['web']
    case 'ANDROID':
      return ['android']
    case 'IOS':
      return ['ios']
    case 'HARMONYOS':
      return ['harmonyos.qtconfig', 'harmonyos.init']
    default:
      return [`miniprogram.${target}`]
  }
}

/** What a channel needs set up: one entry per platform (WEB sites share one snippet). */
export function sdkTargets(channel: {
  readonly appType: AppType
  readonly platforms: readonly Platform[]
}): readonly SdkTarget[] {
  return channel.appType === 'WEB' ? ['WEB'] : [...channel.platforms]
}

/** Every snippet a channel has. */
export function snippetsFor(channel: {
  readonly appType: AppType
  readonly platforms: readonly Platform[]
}): readonly SnippetId[] {
  return sdkTargets(channel).flatMap(snippetsOfTarget)
}

/** The settings a snippet still needs, in order; empty when it can be written. */
export function missingSettings(id: SnippetId, settings: Settings): readonly RequiredSetting[] {
  return INFO[id].requires.filter((name) => settings[name] === null)
}

/** What goes into a snippet. Deliberately no AccessKeySecret: a snippet cannot hold one. */
export interface SnippetValues {
  readonly channelName: string
  readonly appKey: string
  readonly collectionDomain: string | null
  readonly standbyDomain: string | null
  readonly webSdkUrl: string | null
}

/** The values for a channel under the current settings. */
export function snippetValues(
  channel: { readonly name: string; readonly appKey: string },
  settings: Settings
): SnippetValues {
  return {
    channelName: channel.name,
    appKey: channel.appKey,
    collectionDomain: settings.collectionDomain,
    standbyDomain: settings.standbyDomain,
    webSdkUrl: settings.webSdkUrl
  }
}

/** The global object each host's mini-program runtime gives the SDK (`wx.aplus_queue`, …). */
export const MINI_PROGRAM_GLOBALS: Readonly<Record<MiniProgramPlatform, string>> = {
  WECHAT: 'wx',
  ALIPAY: 'my',
  DINGTALK: 'dd',
  DOUYIN: 'tt',
  JD: 'jd',
  XIAOHONGSHU: 'xhs',
  BAIDU: 'swan',
  TAOBAO: 'my'
}

const HOST_NAMES: Readonly<Record<Language, Readonly<Record<MiniProgramPlatform, string>>>> = {
  en: {
    WECHAT: 'WeChat',
    ALIPAY: 'Alipay',
    DINGTALK: 'DingTalk',
    DOUYIN: 'Douyin',
    JD: 'JD',
    XIAOHONGSHU: 'Xiaohongshu',
    BAIDU: 'Baidu',
    TAOBAO: 'Taobao'
  },
  'zh-CN': {
    WECHAT: '微信',
    ALIPAY: '支付宝',
    DINGTALK: '钉钉',
    DOUYIN: '抖音',
    JD: '京东',
    XIAOHONGSHU: '小红书',
    BAIDU: '百度',
    TAOBAO: '淘宝'
  }
}

/**
 * The comments in the snippets, in each interface language. Their own words are safe in every
 * language's comments; a value put into one (a name, a domain) goes through commentText first.
 */
const WORDS = {
  en: {
    web: (name: string) => `Quick Tracking Web SDK for “${name}”: in the <head> of every page`,
    sdkScript: 'Load the SDK (its address from the Quick Tracking console)',
    appKey: 'The APPKEY of this channel',
    domain: 'The data collection domain',
    android: (name: string) => `Quick Tracking SDK for “${name}” (Android): your Application class`,
    ios: (name: string) => `Quick Tracking SDK for “${name}” (iOS): AppDelegate.m`,
    harmonyos: (name: string) =>
      `Quick Tracking SDK for “${name}” (HarmonyOS): your AbilityStage or EntryAbility`,
    domains: 'First, before any other SDK call: the data collection domain and the standby one',
    domainOnly: 'First, before any other SDK call: the data collection domain (no standby one)',
    preInit: 'Pre-initialise: nothing is collected or sent yet',
    channel: 'channel: the store or release channel of this build',
    afterConsent: 'Once the user has agreed to your privacy policy:',
    harmonyConsent:
      'Once the user has agreed to your privacy policy, initialise the SDK (the guide, step 2)',
    qtconfig: 'Also in AppScope/resources/rawfile/qtconfig.json (same APPKEY)',
    mini: (name: string, host: string) =>
      `Quick Tracking SDK for “${name}” (${host} mini program): at the top of app.js`,
    mounted: (global: string) => `Puts aplus and aplus_queue on ${global}`,
    allowList: (domain: string) => `Add ${domain} to the mini program's allowed request domains`
  },
  'zh-CN': {
    web: (name: string) => `“${name}”的 Quick Tracking Web SDK：放在每个页面的 <head> 中`,
    sdkScript: '引入 SDK（地址见 Quick Tracking 管理控制台）',
    appKey: '此渠道的 APPKEY',
    domain: '收数域名',
    android: (name: string) => `“${name}”的 Quick Tracking SDK（Android）：应用的 Application 类`,
    ios: (name: string) => `“${name}”的 Quick Tracking SDK（iOS）：AppDelegate.m`,
    harmonyos: (name: string) =>
      `“${name}”的 Quick Tracking SDK（HarmonyOS）：AbilityStage 或 EntryAbility 中`,
    domains: '最先调用，早于 SDK 其他接口：收数域名和备用收数域名',
    domainOnly: '最先调用，早于 SDK 其他接口：收数域名（未设置备用收数域名）',
    preInit: '预初始化：此时不采集也不上报数据',
    channel: 'channel：此安装包的发布渠道',
    afterConsent: '用户同意隐私政策后：',
    harmonyConsent: '用户同意隐私政策后，再正式初始化 SDK（见文档第 2 步）',
    qtconfig: '另见 AppScope/resources/rawfile/qtconfig.json（同一 APPKEY）',
    mini: (name: string, host: string) =>
      `“${name}”的 Quick Tracking SDK（${host}小程序）：放在 app.js 开头`,
    mounted: (global: string) => `在 ${global} 上挂载 aplus 和 aplus_queue`,
    allowList: (domain: string) => `请把 ${domain} 加入小程序的 request 合法域名`
  }
} satisfies Record<Language, unknown>

/** The default release channel a snippet passes to the SDK, per platform. */
const RELEASE_CHANNELS = { android: 'default', ios: 'App Store', harmonyos: 'AppGallery' } as const

const required = (value: string | null, name: RequiredSetting): string => {
  if (value === null) throw new Error(`The snippet needs the setting ${name}.`)
  return value
}

/**
 * A snippet's text. Throws when a setting it requires is not set (ask `missingSettings`
 * first): a snippet is never shown or copied with a gap in it.
 */
export function generateSnippet(id: SnippetId, values: SnippetValues, language: Language): string {
  const w = WORDS[language]
  const name = commentText(values.channelName)
  const appKey = values.appKey
  switch (id) {
    case 'web': {
      const domain = required(values.collectionDomain, 'collectionDomain')
      const sdk = required(values.webSdkUrl, 'webSdkUrl')
      return [
        `<!-- ${w.web(name)} -->`,
        '<script>',
        `  // ${w.sdkScript}`,
        '  (function (w, d, s, q) {',
        '    w[q] = w[q] || [];',
        '    var f = d.getElementsByTagName(s)[0],',
        '      j = d.createElement(s);',
        '    j.async = true;',
        "    j.id = 'beacon-aplus';",
        `    j.src = ${jsString(sdk)};`,
        '    f.parentNode.insertBefore(j, f);',
        "  })(window, document, 'script', 'aplus_queue');",
        '',
        `  // ${w.appKey}`,
        '  aplus_queue.push({',
        "    action: 'aplus.setMetaInfo',",
        `    arguments: ['appKey', ${jsString(appKey)}]`,
        '  });',
        `  // ${w.domain}`,
        '  aplus_queue.push({',
        "    action: 'aplus.setMetaInfo',",
        `    arguments: ['trackDomain', ${jsString(domain)}]`,
        '  });',
        '</script>',
        ''
      ].join('\n')
    }
    case 'android': {
      const domain = required(values.collectionDomain, 'collectionDomain')
      const standby = values.standbyDomain === null ? 'null' : javaString(values.standbyDomain)
      const key = javaString(appKey)
      const channel = javaString(RELEASE_CHANNELS.android)
      return [
        `// ${w.android(name)}`,
        'import android.app.Application;',
        'import com.quick.qt.commonsdk.QtConfigure;',
        '',
        'public class MyApplication extends Application {',
        '    @Override',
        '    public void onCreate() {',
        '        super.onCreate();',
        `        // ${values.standbyDomain === null ? w.domainOnly : w.domains}`,
        `        QtConfigure.setCustomDomain(${javaString(domain)}, ${standby});`,
        `        // ${w.preInit}`,
        `        // ${w.channel}`,
        `        QtConfigure.preInit(this, ${key}, ${channel});`,
        '    }',
        '}',
        '',
        `// ${w.afterConsent}`,
        `QtConfigure.init(context, ${key}, ${channel}, QtConfigure.DEVICE_TYPE_PHONE, "");`,
        ''
      ].join('\n')
    }
    case 'ios': {
      const domain = required(values.collectionDomain, 'collectionDomain')
      const standby = values.standbyDomain === null ? 'nil' : objcString(values.standbyDomain)
      return [
        `// ${w.ios(name)}`,
        '#import <QTCommon/QTCommon.h>',
        '',
        '- (BOOL)application:(UIApplication *)application',
        '    didFinishLaunchingWithOptions:(NSDictionary *)launchOptions {',
        `    // ${values.standbyDomain === null ? w.domainOnly : w.domains}`,
        `    [QTConfigure setCustomDomain:${objcString(domain)} standbyDomain:${standby}];`,
        `    // ${w.afterConsent}`,
        `    // ${w.channel}`,
        `    [QTConfigure initWithAppkey:${objcString(appKey)} channel:${objcString(RELEASE_CHANNELS.ios)}];`,
        '    return YES;',
        '}',
        ''
      ].join('\n')
    }
    case 'harmonyos.qtconfig':
      return `${JSON.stringify({ appKey, channel: RELEASE_CHANNELS.harmonyos }, null, 2)}\n`
    case 'harmonyos.init': {
      const domain = required(values.collectionDomain, 'collectionDomain')
      const domains =
        values.standbyDomain === null
          ? jsString(domain)
          : `${jsString(domain)}, ${jsString(values.standbyDomain)}`
      return [
        `// ${w.harmonyos(name)}`,
        "import { preInit, setTrackDomain } from '@quicktracking/analytics';",
        '',
        `// ${values.standbyDomain === null ? w.domainOnly : w.domains}`,
        `setTrackDomain(${domains});`,
        `// ${w.preInit}. ${w.qtconfig}`,
        'preInit({',
        '  context: this.context.getApplicationContext(),',
        `  appKey: ${jsString(appKey)},`,
        `  channel: ${jsString(RELEASE_CHANNELS.harmonyos)}`,
        '});',
        `// ${w.harmonyConsent}`,
        ''
      ].join('\n')
    }
    default: {
      const host = id.slice('miniprogram.'.length) as MiniProgramPlatform
      const domain = required(values.collectionDomain, 'collectionDomain')
      return [
        `// ${w.mini(name, HOST_NAMES[language][host])}`,
        "import { initQTSDK } from './utils/qt_mini.umd.js';",
        '',
        'const aplusConfig = {',
        '  metaInfo: {',
        `    appKey: ${jsString(appKey)},`,
        `    trackDomain: ${jsString(domain)}`,
        '  }',
        '};',
        `// ${w.mounted(MINI_PROGRAM_GLOBALS[host])}`,
        'initQTSDK(aplusConfig);',
        `// ${w.allowList(commentText(domain))}`,
        ''
      ].join('\n')
    }
  }
}
