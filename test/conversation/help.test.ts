// 帮助 is rendered once per kind of asker; these check it still follows the templates, the command table
// and the asker.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helpCommand } from '../../src/conversation/help.js';
import type { Command, Turn } from '../../src/conversation/types.js';
import { Templates } from '../../src/templates.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(import.meta.dirname, '../../templates/messages'), dir, { recursive: true });

const turn = (isAdmin: boolean, platform: 'wecom' | 'dingtalk' = 'wecom'): Turn => ({
  msg: { platform, messageId: 'm1', userId: 'u1', chatType: 'group', text: '帮助', at: new Date('2026-11-22T02:00:00Z') },
  sender: { platform, userId: 'u1', role: isAdmin ? 'admin' : 'other', isAdmin, townships: [] },
  today: '2026-11-22',
});
const command = (name: string, extra: Partial<Command> = {}): Command => ({ name, run: async () => ({ intent: 'command', replies: [] }), ...extra });
const helpText = async (help: Command, t: Turn) => (await help.run(t, '')).replies[0]!.text;

describe('帮助', () => {
  it('shows admin commands to admins only, whichever asks first', async () => {
    const templates = new Templates(dir);
    const commands = [command('进度'), command('通报预览', { adminOnly: true })];
    const help = helpCommand(templates, () => commands);
    const other = await helpText(help, turn(false));
    const admin = await helpText(help, turn(true));
    expect(other).toContain('· 进度');
    expect(other).not.toContain('通报预览');
    expect(admin).toContain('· 通报预览');
    expect(await helpText(help, turn(false))).toBe(other);
  });

  it('follows a template reload and a command added after the first answer', async () => {
    const templates = new Templates(dir);
    const commands = [command('进度')];
    const help = helpCommand(templates, () => commands);
    expect(await helpText(help, turn(false))).not.toContain('新的开头');
    writeFileSync(join(dir, 'help.md'), '新的开头\n{{#commands}}\n· {{name}}\n{{/commands}}\n');
    templates.reload();
    expect(await helpText(help, turn(false))).toBe('新的开头\n· 进度');
    commands.push(command('排名', { aliases: ['ranking', '名次'] }));
    expect(await helpText(help, turn(false))).toBe('新的开头\n· 进度\n· 排名');
  });
});
