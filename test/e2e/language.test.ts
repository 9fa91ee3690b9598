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

  await page.getByRole('heading', { name: '接口管理', level: 1 }).waitFor()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  await page.getByRole('heading', { name: '还没有数据采集接口' }).waitFor()

  // 创建接口 > 新建APP接口: a Mini Program for WeChat (微信) and Alipay (支付宝).
  await button('创建接口').click()
  await page.getByRole('menuitem', { name: '新建APP接口' }).click()
  const form = page.getByRole('dialog', { name: '新建APP接口' })
  await form.getByLabel('渠道名称').fill('商城小程序')
  await form.getByRole('radio', { name: '小程序', exact: true }).check()
  await form.getByLabel('平台 1', { exact: true }).selectOption({ label: '微信' })
  await button('新建平台配置').click()
  await form.getByLabel('平台 2', { exact: true }).selectOption({ label: '支付宝' })
  await form.getByRole('radio', { name: '否', exact: true }).check()
  await form.getByText('如果数据不是由Quick Tracking采集，则无需配置此接口。').waitFor()
  expect(await button('确定').isDisabled()).toBe(true)
  await form.getByRole('radio', { name: '是', exact: true }).check()
  await button('确定').click()
  await page.getByText('APP接口已创建').waitFor()
  // The details, in Chinese: the keys, SDK 接入 (one tab per host), 操作记录.
  const details = page.getByRole('dialog', { name: '商城小程序', exact: true })
  await details.getByRole('tab', { name: '支付宝', exact: true }).waitFor()
  await details.getByRole('heading', { name: '操作记录' }).waitFor()
  await expectNoAxeViolations(page, 'the details in Chinese')
  await details.getByRole('button', { name: '关闭', exact: true }).click()
  await details.waitFor({ state: 'hidden' })
  await button('查看 商城小程序 的 AccessKeySecret').waitFor()
  await expectNoAxeViolations(page, 'the list in Chinese')

  await page.getByLabel('语言').selectOption({ label: 'English' })
  await page.getByRole('heading', { name: 'API Management', level: 1 }).waitFor()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await button('View AccessKeySecret of 商城小程序').waitFor()
})
