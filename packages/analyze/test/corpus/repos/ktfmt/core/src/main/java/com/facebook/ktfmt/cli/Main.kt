/*
 * Copyright (c) Meta Platforms, Inc. and affiliates.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 */

package com.facebook.ktfmt.cli

import com.facebook.ktfmt.format.Formatter
import com.facebook.ktfmt.format.ParseError
import com.google.googlejavaformat.FormattingError
import java.io.BufferedReader
import java.io.BufferedWriter
import java.io.File
import java.io.FileInputStream
import java.io.IOException
import java.io.InputStream
import java.io.InputStreamReader
import java.io.OutputStreamWriter
import java.io.PrintStream
import java.nio.charset.StandardCharsets.UTF_8
import java.util.concurrent.atomic.AtomicInteger
import kotlin.system.exitProcess

private const val EXIT_CODE_FAILURE = 1
private const val EXIT_CODE_SUCCESS = 0

private val USAGE =
    """
        |Usage: ktfmt [--dropbox-style | --google-style | --kotlinlang-style] [--dry-run] [--set-exit-if-changed] [--stdin-name=<name>] [--do-not-remove-unused-imports] File1.kt File2.kt ...
        |Or: ktfmt @file
        |
        |For more detail see ktfmt --help
        """
        .trimMargin()

class Main(
    private val input: InputStream,
    private val out: PrintStream,
    private val err: PrintStream,
    private val inputArgs: Array<String>
) {
  companion object {
    @JvmStatic
    fun main(args: Array<String>) {
      exitProcess(Main(System.`in`, System.out, System.err, args).run())
    }
  }

  fun run(): Int {
    val processArgs = ParsedArgs.processArgs(inputArgs)
    val parsedArgs =
        when (processArgs) {
          is ParseResult.Ok -> processArgs.parsedValue
          is ParseResult.ShowMessage -> {
            out.println(processArgs.message)
            return EXIT_CODE_SUCCESS
          }
          is ParseResult.Error -> {
            err.println(processArgs.errorMessage)
            return EXIT_CODE_FAILURE
          }
        }
    if (parsedArgs.fileNames.isEmpty()) {
      err.println(USAGE)
      return EXIT_CODE_FAILURE
    }

    val files: List<File> = expandArgsToFileNames(parsedArgs.fileNames)

    if (files.isEmpty()) {
      err.println("Error: no .kt files found")
      return EXIT_CODE_FAILURE
    }

    val retval = AtomicInteger(EXIT_CODE_SUCCESS)
    files.parallelStream().forEach {
      try {
        if (!format(it, parsedArgs) && parsedArgs.setExitIfChanged) {
          retval.set(EXIT_CODE_FAILURE)
        }
      } catch (e: Exception) {
        e.printStackTrace(err)
        retval.set(EXIT_CODE_FAILURE)
      }
    }
    return retval.get()
  }

  private fun format(file: File?, args: ParsedArgs): Boolean {
    val fileName = file?.toString() ?: args.stdinName ?: "<stdin>"
    val bytes = if (file == null) input else FileInputStream(file)
    val code = BufferedReader(InputStreamReader(bytes, UTF_8)).readText()
    val formattedCode = Formatter.format(args.formattingOptions, code)
    // ...
    return code == formattedCode
  }
}
