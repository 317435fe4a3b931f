/**
 * The two building blocks of the IPC contract: a channel (a request with one argument that
 * must pass a zod schema, answered by one result) and an event (pushed from the main side
 * to the renderer). Result and event payload types exist only for the compiler.
 */
import type { z } from 'zod';

declare const carriedType: unique symbol;

/** A type carried through the contract object; nothing is stored in it at run time. */
export interface TypeCarrier<T> {
  readonly [carriedType]?: T;
}

/** The type a carrier holds. */
export type CarriedBy<Carrier> = Carrier extends TypeCarrier<infer T> ? T : never;

/** Names the type a channel resolves to, or an event carries. */
export function carries<T>(): TypeCarrier<T> {
  return {};
}

export interface ChannelDefinition<Args extends z.ZodType, Result> {
  /** Checked on the main side before the handler sees anything. */
  readonly args: Args;
  readonly result: TypeCarrier<Result>;
}

export function defineChannel<Args extends z.ZodType, Result>(
  args: Args,
  result: TypeCarrier<Result>,
): ChannelDefinition<Args, Result> {
  return { args, result };
}

export interface EventDefinition<Payload> {
  readonly payload: TypeCarrier<Payload>;
}

export function defineEvent<Payload>(payload: TypeCarrier<Payload>): EventDefinition<Payload> {
  return { payload };
}
