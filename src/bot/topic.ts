/** The forum topic a message was sent in, or null for the main chat (also for replies outside topics). */
export function topicOf(
  message: { is_topic_message?: boolean; message_thread_id?: number } | undefined,
): number | null {
  return message?.is_topic_message === true && message.message_thread_id !== undefined
    ? message.message_thread_id
    : null;
}
