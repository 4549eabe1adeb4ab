//
//  main.swift
//  SwiftFormat
//
//  Version 0.16.4
//
//  Created by Nick Lockwood on 12/08/2016.
//  Copyright 2016 Nick Lockwood
//
//  Distributed under the permissive zlib license
//  Get the latest version from here:
//
//  https://github.com/nicklockwood/SwiftFormat
//

import Foundation

let arguments = [
    "output",
    "indent",
    "allman",
    "linebreaks",
    "semicolons",
    "commas",
    "comments",
    "ranges",
    "empty",
    "trimwhitespace",
    "insertlines",
    "removelines",
    "experimental",
    "fragment",
    "cache",
    "help",
    "version",
]

func showHelp() {
    print("swiftformat, version \(version)")
    print("copyright (c) 2016 Nick Lockwood")
    print("")
    print("usage: swiftformat [<file> ...] [--output path] [--indent spaces] [...]")
    print("")
    print(" <file> ...        input file(s) or directory path(s)")
    print(" --output          output path for formatted file(s) (defaults to input path)")
    print(" --indent          number of spaces to indent, or \"tab\" to use tabs")
    print(" --cache           path to a custom cache file, or \"clear\" to clear default cache")
    print(" --help            this help page")
    print(" --version         version information")
    print("")
}

func expandPath(_ path: String) -> URL {
    let path = NSString(string: path).expandingTildeInPath
    let directoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return URL(fileURLWithPath: path, relativeTo: directoryURL)
}

func optionsForArguments(_ args: [String: String]) throws -> FormatOptions {
    var options = FormatOptions()
    // ... (per-option parsing trimmed)
    return options
}

func processArguments(_ args: [String]) {
    guard let args = preprocessArguments(args, arguments) else {
        return
    }

    // Get options
    guard let options = try? optionsForArguments(args) else {
        return
    }

    // Show help if requested specifically or if no arguments are passed
    if args["help"] != nil {
        showHelp()
        return
    }

    // ... (input/output paths, cache and stdin handling trimmed)

    print("running swiftformat...")

    // Format the code
    let start = CFAbsoluteTimeGetCurrent()
    let (filesWritten, filesChecked) =
        processInput(inputURLs, andWriteToOutput: outputURL, withOptions: options, cacheURL: cacheURL)
    let time = round((CFAbsoluteTimeGetCurrent() - start) * 100) / 100 // round to nearest 10ms
    print("swiftformat completed. \(filesWritten)/\(filesChecked) file\(filesChecked == 1 ? "" : "s") updated in \(String(format: "%g", time))s")
}

// Pass in arguments minus program itself
processArguments(CommandLine.arguments)
