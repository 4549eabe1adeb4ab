// Copyright 2018-2023 the Deno authors. All rights reserved. MIT license.
"use strict";

((window) => {
  const {
    Array,
    ArrayPrototypeFill,
    ArrayPrototypePush,
    Error,
    ErrorCaptureStackTrace,
    MapPrototypeDelete,
    MapPrototypeGet,
    MapPrototypeSet,
    ObjectAssign,
    ObjectFromEntries,
    Promise,
    PromisePrototypeThen,
    RangeError,
    ReflectHas,
    SafeArrayIterator,
    SafeMap,
    SymbolFor,
    TypeError,
  } = window.__bootstrap.primordials;
  const { ops } = window.Deno.core;

  const errorMap = {};
  // Builtin v8 / JS errors
  registerErrorClass("Error", Error);
  registerErrorClass("RangeError", RangeError);
  registerErrorClass("TypeError", TypeError);

  let nextPromiseId = 1;
  const promiseMap = new SafeMap();
  const RING_SIZE = 4 * 1024;
  const NO_PROMISE = null; // Alias to null is faster than plain nulls
  const promiseRing = ArrayPrototypeFill(new Array(RING_SIZE), NO_PROMISE);
  const promiseIdSymbol = SymbolFor("Deno.core.internalPromiseId");

  function setPromise(promiseId) {
    const idx = promiseId % RING_SIZE;
    // Move old promise from ring to map
    const oldPromise = promiseRing[idx];
    if (oldPromise !== NO_PROMISE) {
      const oldPromiseId = promiseId - RING_SIZE;
      MapPrototypeSet(promiseMap, oldPromiseId, oldPromise);
    }
    // Set new promise
    return promiseRing[idx] = newPromise();
  }

  function getPromise(promiseId) {
    // Check if out of ring bounds, fallback to map
    const outOfBounds = promiseId < nextPromiseId - RING_SIZE;
    if (outOfBounds) {
      const promise = MapPrototypeGet(promiseMap, promiseId);
      MapPrototypeDelete(promiseMap, promiseId);
      return promise;
    }
    // Otherwise take from ring
    const idx = promiseId % RING_SIZE;
    const promise = promiseRing[idx];
    promiseRing[idx] = NO_PROMISE;
    return promise;
  }

  function newPromise() {
    let resolve, reject;
    const promise = new Promise((resolve_, reject_) => {
      resolve = resolve_;
      reject = reject_;
    });
    promise.resolve = resolve;
    promise.reject = reject;
    return promise;
  }

  function registerErrorClass(className, errorClass) {
    registerErrorBuilder(className, (msg) => new errorClass(msg));
  }

  function registerErrorBuilder(className, errorBuilder) {
    if (typeof errorMap[className] !== "undefined") {
      throw new TypeError(`Error class for "${className}" already registered`);
    }
    errorMap[className] = errorBuilder;
  }

  function unwrapOpResult(res) {
    // .$err_class_name is a special key that should only exist on errors
    if (res?.$err_class_name) {
      const className = res.$err_class_name;
      const errorBuilder = errorMap[className];
      const err = errorBuilder ? errorBuilder(res.message) : new Error(
        `Unregistered error class: "${className}"\n  ${res.message}`,
      );
      // Strip unwrapOpResult() and errorBuilder() calls from stack trace
      ErrorCaptureStackTrace(err, unwrapOpResult);
      throw err;
    }
    return res;
  }

  function opAsync(name, ...args) {
    const id = nextPromiseId++;
    let promise = PromisePrototypeThen(setPromise(id), unwrapOpResult);
    let maybeResult;
    try {
      maybeResult = ops[name](id, ...new SafeArrayIterator(args));
    } catch (err) {
      // Cleanup the just-created promise
      getPromise(id);
      if (!ReflectHas(ops, name)) {
        throw new TypeError(`${name} is not a registered op`);
      }
      // Rethrow the error
      throw err;
    }
    promise[promiseIdSymbol] = id;
    if (typeof maybeResult !== "undefined") {
      const promise = getPromise(id);
      promise.resolve(maybeResult);
    }

    return promise;
  }

  function resources() {
    return ObjectFromEntries(ops.op_resources());
  }

  // Extra Deno.core.* exports
  const core = ObjectAssign(globalThis.Deno.core, {
    opAsync,
    resources,
    registerErrorBuilder,
    registerErrorClass,
    close: (rid) => ops.op_close(rid),
    read: opAsync.bind(null, "op_read"),
    write: opAsync.bind(null, "op_write"),
    print: (msg, isErr) => ops.op_print(msg, isErr),
  });

  ObjectAssign(globalThis.__bootstrap, { core });
  ObjectAssign(globalThis.Deno, { core });
})(globalThis);
