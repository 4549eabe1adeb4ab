// What a command's flags look like once parsed, worked out from how they are declared: the inference yargs makes
// for its own builders (InferredOptionType), with each flag also under its aliases and its camelCase name, since
// yargs sets all of them.
import type { InferredOptionType, Options } from 'yargs';

/** A command's flags as data: name → yargs option. */
export type FlagSpecs = Readonly<Record<string, Options>>;

export interface PositionalSpec {
  readonly describe: string;
  readonly type?: 'string' | 'number';
}

/** A command's positional arguments as data: name → how yargs reads it. */
export type PositionalSpecs = Readonly<Record<string, PositionalSpec>>;

/** A command without flags (or positional arguments) of its own. */
export type NoFlags = Readonly<Record<never, never>>;

/** "max-size" → "maxSize", the way yargs' camel-case expansion spells a flag. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The other names a flag is declared with (`alias`). */
type AliasesOf<O> = O extends { readonly alias: infer A }
  ? (A extends readonly (infer Each)[] ? Each : A) & string
  : never;

/** Each flag's value under its name and its aliases. */
type ValuesByName<F extends FlagSpecs> = {
  [K in keyof F & string as K | AliasesOf<F[K]>]: InferredOptionType<F[K]>;
};

/** Every name also camelCased. Every flag may be absent: a caller names only the flags it gives. */
type Spelled<T> = { [K in keyof T & string as K | CamelCase<K>]?: T[K] };

/** The parsed values of these flags, as yargs hands them over. */
export type ArgsOf<F extends FlagSpecs> = Spelled<ValuesByName<F>>;

/** What yargs hands every command besides its flags. */
export type ParsedLine = {
  /** What was not a flag. */
  _: (string | number)[];
  /** The program's name. */
  $0: string;
};
