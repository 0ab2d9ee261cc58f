/**
 * Small messages (ids, statuses, stages; never results) to every instance of Tailor, this one included, so a
 * client connected to any instance can follow work that runs on another.
 *
 * Order: the messages one process publishes reach every subscriber in the order they were published.
 * Subscribers in the publishing process hear a message at once (synchronously, inside `publish`); other
 * instances a few milliseconds later. Delivery is at most once: a message published while an instance's
 * connection is down is lost for that instance, so followers still read the stored state now and then.
 */
export interface IEventRelay {
  /**
   * Sends a JSON-safe message under a topic (e.g. "tasks"). Encoded, it must stay under 7,500 bytes (the
   * PostgreSQL NOTIFY limit is 8,000): a larger one is refused with an Error, never cut.
   */
  publish(topic: string, message: unknown): Promise<void>;
  /** Hears every message of the topic from now on; returns the unsubscribe function. */
  subscribe(topic: string, listener: (message: unknown) => void): () => void;
}

/** The largest encoded message any relay accepts, in bytes. */
export const EVENT_RELAY_MAX_BYTES = 7_500;
