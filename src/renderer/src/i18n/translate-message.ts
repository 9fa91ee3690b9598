/**
 * Validation and error messages come from `src/shared` (zod schemas, origin parsing) and from
 * main in English. This maps the ones we know to Simplified Chinese; anything else is shown
 * as sent, which is better than hiding it.
 */
import { MESSAGES } from '@shared/channel'
import { UNREACHABLE_MESSAGE } from '../api/guard-api'
import type { Locale } from './locale'

const ZH_CN: Readonly<Record<string, string>> = {
  [MESSAGES.nameRequired]: '请输入渠道名称。',
  [MESSAGES.nameTooLong]: '渠道名称最多 64 个字符。',
  [MESSAGES.nameBadCharacters]: '渠道名称不能包含控制字符、不可见字符或文字方向字符。',
  [MESSAGES.nameTaken]: '已存在同名的渠道。',
  [MESSAGES.quickTrackingNo]: '如果数据不是由 Quick Tracking 采集，则无需配置此 API。',
  [MESSAGES.appTypeRequired]: '请选择应用类型。',
  [MESSAGES.platformRequired]: '请选择平台。',
  [MESSAGES.platformNotAllowed]: '该应用类型不支持此平台。',
  [MESSAGES.platformDuplicate]: '此平台已配置。',
  [MESSAGES.platformsRequired]: '请至少添加一个平台。',
  [MESSAGES.domainsRequired]: '请至少添加一个网络域名。',
  [MESSAGES.domainsTooMany]: '最多 50 个网络域名。',
  [MESSAGES.domainDuplicate]: '此网络域名已配置。',
  [MESSAGES.appTypeImmutable]: 'API 创建后不能更改应用类型。',
  // src/shared/origin.ts
  'Enter a Network Domain.': '请输入网络域名。',
  'A Network Domain cannot contain spaces.': '网络域名不能包含空格。',
  'Start the Network Domain with http:// or https://.': '网络域名须以 http:// 或 https:// 开头。',
  'Only http:// and https:// Network Domains are supported.':
    '仅支持 http:// 和 https:// 网络域名。',
  'A Network Domain cannot contain a user name or password.': '网络域名不能包含用户名或密码。',
  'A Network Domain cannot contain a query (?…).': '网络域名不能包含查询参数（?…）。',
  'A Network Domain cannot contain a fragment (#…).': '网络域名不能包含片段（#…）。',
  'A Network Domain cannot contain a path.': '网络域名不能包含路径。',
  'Enter the host name, e.g. https://shop.example.com.':
    '请输入主机名，例如 https://shop.example.com。',
  'This is not a valid Network Domain.': '这不是有效的网络域名。',
  'The host name has an invalid part; use letters, digits and hyphens.':
    '主机名中有无效部分，请使用字母、数字和连字符。',
  'This Network Domain is too long.': '网络域名过长。',
  // src/main/recovery/data-session.ts (RECOVERY_REQUIRED)
  'The channel data file is damaged, so channels cannot be shown or changed. Restore a backup or start empty first; the damaged file is kept.':
    '渠道数据文件已损坏，无法显示或修改渠道。请先恢复备份或以空列表开始；损坏的文件会被保留。',
  [UNREACHABLE_MESSAGE]: '应用没有响应。请重试；如果问题持续出现，请重启应用。'
}

/** The message in the user's language when we know it, otherwise unchanged. */
export function translateMessage(message: string, locale: Locale): string {
  if (locale === 'zh-CN') return ZH_CN[message] ?? message
  return message
}
