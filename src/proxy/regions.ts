/** Tencent's REST domains per region (contract §1.2). */
export const REGION_DOMAINS = {
  china: 'console.tim.qq.com',
  singapore: 'adminapisgp.im.qcloud.com',
  seoul: 'adminapikr.im.qcloud.com',
  frankfurt: 'adminapiger.im.qcloud.com',
  'silicon-valley': 'adminapiusa.im.qcloud.com',
  mumbai: 'adminapiind.im.qcloud.com',
  jakarta: 'adminapiidn.im.qcloud.com',
  tokyo: 'adminapijpn.im.qcloud.com',
} as const;

export type Region = keyof typeof REGION_DOMAINS;
export const REGIONS = Object.keys(REGION_DOMAINS) as [Region, ...Region[]];
