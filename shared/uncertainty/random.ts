/**
 * Seeded randomness for simulations (docs/uncertainty.md): the same seed gives the same stream on every machine.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes PractRand to 2^40+), seeded
 * through splitmix32 so nearby seeds give unrelated streams. The domain never calls Math.random.
 */

/** A stream of uniform numbers in [0, 1) with 32 bits of resolution. */
export type Uniform = (() => number) & {
  /** Fills `into` with the stream's next uniforms, in order (the same numbers as calling it that many times). */
  fill: (into: Float64Array) => void;
};

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * The sfc32 state for `seed` (any whole number, taken modulo 2^32), warmed up: a simulation's inner loop steps it
 * inline (simulate.ts) and `uniformOf` reads the same stream as numbers.
 */
export function seededState(seed: number): Uint32Array {
  const init = splitmix32(seed);
  const s = new Uint32Array([init(), init(), init(), init()]);
  uniformOf(s).fill(new Float64Array(12));
  return s;
}

/** The uniform stream of an sfc32 state (advancing it). */
export function uniformOf(s: Uint32Array): Uniform {
  // The state lives in a typed array: numbers kept in a closure's mutable variables are boxed on every write.
  const next = (): number => {
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (a + b + d) >>> 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t / 4294967296;
  };
  const fill = (into: Float64Array): void => {
    let a = s[0]!;
    let b = s[1]!;
    let c = s[2]!;
    let d = s[3]!;
    for (let i = 0; i < into.length; i++) {
      const t = (a + b + d) >>> 0;
      d = (d + 1) >>> 0;
      a = (b ^ (b >>> 9)) >>> 0;
      b = (c + (c << 3)) >>> 0;
      c = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
      into[i] = t / 4294967296;
    }
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
  };
  return Object.assign(next, { fill });
}

/** A seeded uniform stream; `seed` is any whole number (taken modulo 2^32). */
export function seededUniform(seed: number): Uniform {
  return uniformOf(seededState(seed));
}

/** A standard normal draw (Box–Muller; the uniform is kept away from 0 so the log is finite). */
export function standardNormal(u: Uniform): number {
  const u1 = 1 - u();
  const u2 = u();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shape < 1 through Gamma(shape + 1) · U^(1/shape)). */
export function gamma(shape: number, u: Uniform): number {
  if (shape < 1) return gamma(shape + 1, u) * Math.pow(1 - u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = 1 - u();
    if (w < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(α, β) draw as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β). */
export function beta(alpha: number, betaShape: number, u: Uniform): number {
  const x = gamma(alpha, u);
  const y = gamma(betaShape, u);
  return x / (x + y);
}
