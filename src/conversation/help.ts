// 帮助 is generated from the command table, so it cannot fall out of date.
import type { Templates } from '../templates.js';
import type { Command, Turn } from './types.js';

export function helpCommand(templates: Templates, commands: () => Command[]): Command {
  // The text depends only on the commands, the templates and who asks on which platform; it is rendered
  // once per kind of asker and rendered again when the templates reload or the command table changes.
  let made: { version: number; commands: Command[]; texts: Map<string, string> } | undefined;
  const render = (turn: Turn) => {
    const all = commands();
    if (!made || made.version !== templates.version || made.commands.length !== all.length || made.commands.some((c, i) => c !== all[i])) {
      made = { version: templates.version, commands: [...all], texts: new Map() };
    }
    const key = `${turn.msg.platform}\n${turn.sender.isAdmin}\n${turn.sender.role}`;
    let text = made.texts.get(key);
    if (text === undefined) {
      const descriptions = templates.strings('commands');
      const list = all
        .filter((c) => !c.adminOnly || turn.sender.isAdmin)
        .map((c) => ({ name: c.name, aliases: (c.aliases ?? []).filter((a) => /[\u4e00-\u9fff]/.test(a)).join('、'), description: descriptions[c.name] ?? '' }));
      text = templates.render('help', { commands: list, isAdmin: turn.sender.isAdmin, role: turn.sender.role }, turn.msg.platform);
      made.texts.set(key, text);
    }
    return text;
  };
  return {
    name: '帮助',
    aliases: ['help', '菜单', '功能', '你能做什么', '怎么用'],
    async run(turn) {
      return { intent: 'command', replies: [{ text: render(turn) }] };
    },
  };
}
