import { badRequest } from './api-error.js';
import { commandsKey } from './commands-key.js';
import type { MethodHandler } from './fake-state.js';
import { optionalObject, optionalString, requireChatId, requireInteger, type Params } from './params.js';

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;

function commandList(params: Params): Array<{ command: string; description: string }> {
  const commands = optionalObject(params, 'commands');
  if (!Array.isArray(commands)) throw badRequest('parameter "commands" is required');
  if (commands.length > 100) throw badRequest('too many commands specified');
  for (const entry of commands as Array<{ command?: unknown; description?: unknown }>) {
    if (typeof entry?.command !== 'string' || !COMMAND_NAME.test(entry.command))
      throw badRequest('BOT_COMMAND_INVALID');
    const description = entry.description;
    if (typeof description !== 'string' || description.trim().length === 0 || description.length > 256) {
      throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  return commands as Array<{ command: string; description: string }>;
}

function commandsKeyOf(params: Params): string {
  return commandsKey(optionalObject(params, 'scope'), optionalString(params, 'language_code') || undefined);
}

const getMe: MethodHandler = (state) => ({
  ...state.botUser,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
});

const setMyCommands: MethodHandler = (state, params) => {
  state.commands.set(commandsKeyOf(params), commandList(params));
  return true;
};

const getMyCommands: MethodHandler = (state, params) => state.commands.get(commandsKeyOf(params)) ?? [];

const deleteMyCommands: MethodHandler = (state, params) => {
  state.commands.delete(commandsKeyOf(params));
  return true;
};

const answerCallbackQuery: MethodHandler = (state, params) => {
  const id = optionalString(params, 'callback_query_id');
  if (!id || !state.openCallbacks.delete(id)) {
    throw badRequest('query is too old and response timeout expired or query ID is invalid');
  }
  const text = optionalString(params, 'text');
  if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
  state.answeredCallbacks.push({ id, ...(text !== undefined && { text }) });
  return true;
};

const sendChatAction: MethodHandler = (_state, params) => {
  requireChatId(params);
  if (!CHAT_ACTIONS.has(optionalString(params, 'action') ?? ''))
    throw badRequest('wrong parameter action in request');
  return true;
};

const getChat: MethodHandler = (state, params) => state.chats.chat(requireChatId(params));

function memberFields(status: string): Record<string, unknown> {
  switch (status) {
    case 'creator':
      return { is_anonymous: false };
    case 'administrator':
      return {
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
      };
    case 'kicked':
      return { until_date: 0 };
    default:
      return {};
  }
}

const getChatMember: MethodHandler = (state, params) => {
  const chatId = requireChatId(params);
  const userId = requireInteger(params, 'user_id');
  const status = state.chats.memberStatus(chatId, userId);
  const user =
    userId === state.bot.id ? state.botUser : { id: userId, is_bot: false, first_name: `User ${userId}` };
  return { status, user, ...memberFields(status) };
};

const getFile: MethodHandler = (state, params) => {
  const fileId = optionalString(params, 'file_id');
  const file = fileId === undefined ? undefined : state.files.get(fileId);
  if (!file) throw badRequest('invalid file_id');
  return {
    file_id: fileId,
    file_unique_id: `u-${fileId}`,
    file_size: file.content.length,
    file_path: file.path,
  };
};

export const botMethods: Record<string, MethodHandler> = {
  getFile,
  getMe,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  answerCallbackQuery,
  sendChatAction,
  getChat,
  getChatMember,
};
