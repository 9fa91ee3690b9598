/**
 * The interface follows the OS language (Simplified Chinese here) and has a switch; every
 * control keeps an accessible name in Chinese, and axe finds nothing there either.
 */
import { afterAll, afterEach, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { expectNoAxeViolations } from './support'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
})

afterAll(async () => {
  await closeBrowser()
})

it('speaks Simplified Chinese on a Chinese system, and English after the switch', async () => {
  app = await launchApp({ locale: 'zh-CN' })
  const { page } = app
  const button = (name: string) => page.getByRole('button', { name, exact: true })

  await page.getByRole('heading', { name: 'API 管理', level: 1 }).waitFor()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  await page.getByRole('heading', { name: '还没有数据采集 API' }).waitFor()

  // 创建 API > 创建 App API: a Mini Program for WeChat (微信) and Alipay (支付宝).
  await button('创建 API').click()
  await page.getByRole('menuitem', { name: '创建 App API' }).click()
  const form = page.getByRole('dialog', { name: '创建 App API' })
  await form.getByLabel('渠道名称').fill('商城小程序')
  await form.getByRole('radio', { name: '小程序', exact: true }).check()
  await form.getByLabel('平台 1', { exact: true }).selectOption({ label: '微信' })
  await button('新增平台配置').click()
  await form.getByLabel('平台 2', { exact: true }).selectOption({ label: '支付宝' })
  await form.getByRole('radio', { name: '否', exact: true }).check()
  await form.getByText('如果数据不是由 Quick Tracking 采集，则无需配置此 API。').waitFor()
  expect(await button('确定').isDisabled()).toBe(true)
  await form.getByRole('radio', { name: '是', exact: true }).check()
  await button('确定').click()
  await page.getByText('App API 已创建').waitFor()
  await button('查看 商城小程序 的 AccessKeySecret').waitFor()
  await expectNoAxeViolations(page, 'the list in Chinese')

  await page.getByLabel('语言').selectOption({ label: 'English' })
  await page.getByRole('heading', { name: 'API Management', level: 1 }).waitFor()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await button('View AccessKeySecret of 商城小程序').waitFor()
})
