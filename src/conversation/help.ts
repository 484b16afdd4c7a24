// 帮助 is generated from the command table, so it cannot fall out of date.
import type { Templates } from '../templates.js';
import type { Command } from './types.js';

export function helpCommand(templates: Templates, commands: () => Command[]): Command {
  return {
    name: '帮助',
    aliases: ['help', '菜单', '功能', '你能做什么', '怎么用'],
    async run(turn) {
      const descriptions = templates.strings('commands');
      const list = commands()
        .filter((c) => !c.adminOnly || turn.sender.isAdmin)
        .map((c) => ({ name: c.name, aliases: (c.aliases ?? []).filter((a) => /[\u4e00-\u9fff]/.test(a)).join('、'), description: descriptions[c.name] ?? '' }));
      return {
        intent: 'command',
        replies: [{ text: templates.render('help', { commands: list, isAdmin: turn.sender.isAdmin, role: turn.sender.role }, turn.msg.platform) }],
      };
    },
  };
}
