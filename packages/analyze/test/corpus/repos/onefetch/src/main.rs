extern crate bytecount;
extern crate colored;
extern crate git2;
extern crate license;
extern crate tokei;
#[macro_use]
extern crate clap;
extern crate strum;
#[macro_use]
extern crate strum_macros;

use colored::Color;
use colored::*;
use git2::{Repository, Oid};
use license::License;
use clap::{App, Arg};
use std::{
    cmp,
    collections::HashMap,
    convert::From,
    ffi::OsStr,
    fmt,
    fmt::Write,
    fs,
    process::{Command, Stdio},
    result,
    str::FromStr,
};

type Result<T> = result::Result<T, Error>;

struct Info {
    project_name: String,
    current_commit: CommitInfo,
    version: String,
    creation_date: String,
    dominant_language: Language,
    languages: Vec<(Language, f64)>,
    authors: Vec<(String, usize, usize)>,
    last_change: String,
    repo: String,
    commits: String,
    repo_size: String,
    number_of_lines: usize,
    license: String,
    custom_logo: Language,
    custom_colors: Vec<String>,
    disable_fields: Vec<InfoFields>,
}

fn count_newlines(s: &str) -> usize {
    bytecount::count(s.as_bytes(), b'\n')
}

fn main() -> Result<()> {
    if !is_git_installed() {
        return Err(Error::GitNotInstalled);
    }

    let matches = App::new(crate_name!())
        .version(crate_version!())
        .author("o2sh <ossama-hjaji@live.fr>")
        .about(crate_description!())
        .arg(Arg::with_name("directory")
            .short("d")
            .long("dir")
            .takes_value(true)
            .default_value("."))
        .arg(Arg::with_name("ascii_language")
            .short("a")
            .long("ascii_language")
            .takes_value(true)
            .default_value("")
            .help("Overrides showing the dominant language ascii logo"))
        .arg(Arg::with_name("disable_field")
            .long("disable")
            .multiple(true)
            .takes_value(true)
            .case_insensitive(true)
            .possible_values(&InfoFields::variants())
            .help("Disable fields to show"))
        .get_matches();
    let dir = String::from(matches.value_of("directory").unwrap());

    let tokei_langs = project_languages(&dir);
    let languages_stat = get_languages_stat(&tokei_langs).ok_or(Error::SourceCodeNotFound)?;
    let mut languages_stat_vec: Vec<(_, _)> = languages_stat.into_iter().collect();
    languages_stat_vec.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().reverse());
    let dominant_language = languages_stat_vec[0].0.clone();

    let authors = get_authors(&dir, 3);
    let current_commit_info = get_current_commit_info(&dir)?;
    let config = get_configuration(&dir)?;
    let version = get_version(&dir)?;
    let commits = get_commits(&dir)?;
    let repo_size = get_packed_size(&dir)?;
    let last_change = get_last_change(&dir)?;
    let creation_date = get_creation_time().unwrap();
    // ...
    Ok(())
}
