// Copyright (c) 2015 Aaron Power
// Use of this source code is governed by the MIT/APACHE2.0 license that can be
// found in the LICENCE-{APACHE, MIT} file.

#[macro_use]
extern crate clap;
#[macro_use]
extern crate maplit;
extern crate glob;
extern crate walkdir;
extern crate rayon;
#[macro_use]
mod macros;
mod consts;
mod fsutil;
mod language;
mod stats;

use std::io::{BufRead, Read};
use std::fs::File;
use std::thread;
use std::time::Duration;
use std::sync::mpsc::channel;

use clap::App;
use rayon::prelude::*;

use consts::*;
use fsutil::*;
use language::{Language, LanguageName};
use language::LanguageName::*;
use stats::Stats;

fn main() {
    let yaml = load_yaml!("../cli.yml");
    let matches = App::from_yaml(yaml).get_matches();

    let files_option = matches.is_present(FILES);
    let language_option = matches.is_present("languages");

    // Languages are placed inside a BTreeMap, in order to print alphabetically by default
    let mut languages = btreemap! {
        Bash => Language::new_single("#"),
        C => Language::new_c(),
        Cpp => Language::new_c(),
        Go => Language::new_c(),
        Haskell => Language::new_single("--"),
        Java => Language::new_c(),
        JavaScript => Language::new_c(),
        Python => Language::new("#", "'''", "'''"),
        Ruby => Language::new("#", "=begin", "=end"),
        Rust => Language::new("//,///,//!", "/*", "*/"),
        Toml => Language::new_single("#"),
        Yaml => Language::new_single("#"),
    };

    // Print every supported language.
    if language_option {
        for key in languages.keys() {
            println!("{:<25}", key);
        }
        return;
    }

    let paths = matches.values_of("input").unwrap();

    let ignored_directories = {
        let mut ignored_directories = vec![".git"];
        if let Some(user_ignored) = matches.values_of("exclude") {
            for ignored in user_ignored {
                ignored_directories.push(ignored);
            }
        }
        ignored_directories
    };

    println!("{}", ROW);
    println!(" {:<12} {:>12} {:>12} {:>12} {:>12} {:>12}",
             "Language",
             "Files",
             "Total",
             "Blanks",
             "Comments",
             "Code");
    println!("{}", ROW);

    get_all_files(paths, &mut languages, ignored_directories);

    let mut total = Language::new_blank();

    let mut languages: Vec<(LanguageName, Language)> = languages.into_iter().collect();

    languages.par_iter_mut()
             .for_each(|&mut (name, ref mut language)| {
                 if language.files.len() == 0 {
                     return;
                 }

                 language.total = language.files.len();
                 let files: Vec<_> = language.files.drain(..).collect();
                 for file in files {
                     let mut contents = String::new();
                     let mut stats = Stats::new(opt_or_cont!(file.to_str()));
                     let _ = rs_or_cont!(rs_or_cont!(File::open(file))
                                             .read_to_string(&mut contents));

                     for line in contents.lines() {
                         let line = line.trim();
                         stats.lines += 1;

                         if line.is_empty() {
                             stats.blanks += 1;
                             continue;
                         }
                         stats.code += 1;
                     }

                     *language += stats;
                 }

                 if !language.is_empty() {
                     language.print(name);
                 }
             });

    for &(_, ref language) in &languages {
        total += language;
    }

    if !files_option {
        println!("{}", ROW);
    }
    total.print(__Total);
    println!("{}", ROW);
}
