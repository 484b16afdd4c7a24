// Five days of a ten-township county, told as the liaisons type it: first reports, a township that
// finishes, a gap, a report withdrawn (撤回), a 更正 of a day that a 无新进展 repeated, and a day nobody
// reports. bulletin-scenario.test.ts checks each evening's bulletin against figures worked out by hand.

export const SCENARIO_COUNTY = `
county: 青山县
timezone: Asia/Shanghai
townships:
  - { name: 城关镇, due: 10, liaisons: [{ id: wecom:cg, name: 李明 }] }
  - { name: 河西乡, due: 8, liaisons: [wecom:hx] }
  - { name: 河东镇, due: 10, liaisons: [wecom:hd] }
  - { name: 石桥镇, due: 5, liaisons: [wecom:sq] }
  - { name: 柳林乡, due: 6, liaisons: [dingtalk:ll] }
  - { name: 白沙镇, due: 10, liaisons: [wecom:bs] }
  - { name: 马坊乡, due: 4, liaisons: [dingtalk:mf] }
  - { name: 龙泉镇, due: 10, liaisons: [wecom:lq] }
  - { name: 杨家岭乡, due: 5, liaisons: [wecom:yjl] }
  - { name: 新华街道, due: 4, liaisons: [wecom:xh] }
admins: [{ id: wecom:boss, name: 刘组长 }]
groups:
  - { name: 县换届工作群, platform: wecom }
  - { name: 钉钉工作群, platform: dingtalk }
schedule: { reminder: "18:00", deadline: "20:00", bulletin: "21:00" }
`;

export interface Say {
  /** platform:userid */
  who: string;
  /** Local HH:MM on the day. */
  at: string;
  text: string;
}

export const DAYS: { date: string; messages: Say[] }[] = [
  {
    date: '2026-12-01',
    messages: [
      { who: 'wecom:cg', at: '17:00', text: '党组织4个，村委会3个，监委会1个，一肩挑2人' },
      { who: 'wecom:hx', at: '17:10', text: '党组织4个，村委会4个，监委会2个，一肩挑3人' },
      { who: 'wecom:hd', at: '17:20', text: '党组织5个，村委会3个' },
      { who: 'dingtalk:mf', at: '17:30', text: '党组织4个，村委会4个，监委会4个，一肩挑3人' },
      // After the 20:00 deadline: 迟报.
      { who: 'wecom:sq', at: '20:30', text: '党组织2个，村委会2个，监委会1个，一肩挑1人' },
    ],
  },
  {
    date: '2026-12-02',
    messages: [
      { who: 'wecom:cg', at: '17:00', text: '党组织6个，村委会5个，监委会2个，一肩挑4人' },
      { who: 'wecom:hx', at: '17:10', text: '今日无新进展' },
      { who: 'wecom:hd', at: '17:20', text: '党组织7个，村委会5个，监委会2个' },
      { who: 'dingtalk:ll', at: '17:40', text: '党组织3个，村委会2个，监委会1个，一肩挑2人' },
      { who: 'wecom:bs', at: '18:00', text: '党组织3个，村委会3个，监委会1个，一肩挑2人' },
    ],
  },
  {
    date: '2026-12-03',
    messages: [
      // 河西乡 finds its 12-01 村委会 figure was 5, not 4: its 12-02 无新进展 repeats the corrected day.
      { who: 'wecom:hx', at: '09:00', text: '更正：12月1日村委会5个' },
      { who: 'wecom:cg', at: '17:00', text: '党组织8个，村委会7个，监委会4个，一肩挑6人' },
      { who: 'wecom:hx', at: '17:10', text: '党组织5个，村委会6个' },
      { who: 'wecom:hd', at: '17:20', text: '党组织9个，村委会8个，监委会3个，一肩挑6人' },
      // Back after a day's gap: compared with its 12-01 figures.
      { who: 'wecom:sq', at: '17:30', text: '党组织4个，村委会3个，监委会2个，一肩挑2人' },
      { who: 'wecom:bs', at: '18:00', text: '党组织5个，村委会5个，监委会3个，一肩挑4人' },
      { who: 'wecom:bs', at: '18:05', text: '撤回' },
      { who: 'wecom:lq', at: '20:10', text: '党组织10个，村委会10个，监委会10个，一肩挑8人' },
    ],
  },
  { date: '2026-12-04', messages: [] },
  {
    date: '2026-12-05',
    messages: [
      { who: 'wecom:sq', at: '16:30', text: '党组织5个，村委会5个，监委会5个，一肩挑4人，35岁以下3人，女性2人' },
      { who: 'wecom:cg', at: '17:00', text: '党组织10个，村委会10个，监委会10个，一肩挑8人' },
      { who: 'wecom:hx', at: '17:10', text: '党组织6个，村委会6个，监委会3个' },
      { who: 'wecom:hd', at: '17:20', text: '今日无新进展' },
      { who: 'dingtalk:ll', at: '17:40', text: '党组织4个，村委会4个，监委会2个，一肩挑3人' },
      { who: 'wecom:yjl', at: '18:30', text: '党组织1个，村委会1个' },
      { who: 'wecom:bs', at: '20:20', text: '党组织4个，村委会4个，监委会2个，一肩挑3人' },
    ],
  },
];
