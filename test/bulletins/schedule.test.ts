import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseCounty } from '../../src/county.js';
import { addDays, localDate, zonedInstant } from '../../src/time.js';
import { resolveTargets } from '../../src/wiring/bulletins.js';
import { startTestBot } from '../helpers/bot.js';
import { COUNTY_YAML } from './fixtures.js';

const bulletinTasks = () => [...cron.getTasks().values()].filter((t) => t.name?.startsWith('bulletins:'));

describe('group targets', () => {
  const env = {
    WECOM_WEBHOOK_URL: 'http://127.0.0.1:1/cgi-bin/webhook/send?key=a',
    WECOM_WEBHOOK_URL_LEADERS: 'http://127.0.0.1:1/cgi-bin/webhook/send?key=b',
    DINGTALK_WEBHOOK_URL: 'http://127.0.0.1:1/robot/send?access_token=c',
    DINGTALK_WEBHOOK_SECRET: 'SECabc',
  };
  const config = loadConfig(env, { dotenv: false });

  it('joins county-file groups with their webhook variables', () => {
    const county = parseCounty(`${COUNTY_YAML.split('groups:')[0]}groups:
  - { name: 工作群, platform: wecom }
  - { name: 领导群, platform: wecom, webhook: leaders, reminder: false }
  - { name: 钉钉群, platform: dingtalk }
  - { name: 未配置群, platform: dingtalk, webhook: towns }
`);
    const { targets, unresolved } = resolveTargets(county, config);
    expect(targets.map((t) => [t.name, t.platform, t.url.slice(-5), t.secret, t.bulletin, t.reminder])).toEqual([
      ['工作群', 'wecom', 'key=a', undefined, true, true],
      ['领导群', 'wecom', 'key=b', undefined, true, false],
      ['钉钉群', 'dingtalk', 'ken=c', 'SECabc', true, true],
    ]);
    expect(unresolved).toEqual([{ name: '未配置群', platform: 'dingtalk', webhook: 'towns' }]);
  });

  it('uses every configured webhook when the county file lists no groups', () => {
    const county = parseCounty(COUNTY_YAML.split('groups:')[0]!.concat('\n'));
    expect(resolveTargets(county, config).targets.map((t) => t.name)).toEqual(['wecom/default', 'wecom/leaders', 'dingtalk/default']);
  });
});

describe('the scheduler', () => {
  it('runs node-cron tasks in the county timezone while the bot runs, only with JOBS_ENABLED', async () => {
    const off = await startTestBot({ countyYaml: COUNTY_YAML, start: true, env: { JOBS_ENABLED: 'false' } });
    expect(bulletinTasks()).toHaveLength(0);
    await off.close();

    // A timezone far from the server's shows the expression is read in the county's zone.
    const yaml = COUNTY_YAML.replace('timezone: Asia/Shanghai', 'timezone: America/Los_Angeles');
    const on = await startTestBot({ countyYaml: yaml, start: true, env: { JOBS_ENABLED: 'true' } });
    try {
      const tasks = bulletinTasks();
      expect(tasks.map((t) => t.name).sort()).toEqual(['bulletins:bulletin', 'bulletins:reminder']);
      const next = tasks.find((t) => t.name === 'bulletins:bulletin')!.getNextRun()!;
      const tz = 'America/Los_Angeles';
      const today = localDate(new Date(), tz);
      const expected = [today, addDays(today, 1)].map((d) => zonedInstant(d, '21:00', tz)).find((t) => t > new Date());
      expect(next.getTime()).toBe(expected!.getTime());
    } finally {
      await on.close();
    }
    expect(bulletinTasks()).toHaveLength(0);
  });
});
