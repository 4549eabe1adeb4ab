#![warn(deprecated_in_future)]
#![warn(future_incompatible)]
#![warn(nonstandard_style)]
#![warn(unused)]
#![warn(clippy::all, clippy::pedantic)]

use std::env;
use std::ffi::{OsStr, OsString};
use std::io::{self, stdin, ErrorKind, IsTerminal, Read, Write};
use std::path::{Component, PathBuf};
use std::process::exit;

use ansiterm::{ANSIStrings, Style};
use clap::Parser;

use crate::fs::feature::git::GitCache;
use crate::fs::filter::GitIgnore;
use crate::fs::{Dir, File};
use crate::options::parser::Opts;
use crate::options::stdin::FilesInput;
use crate::options::{vars, Options, Vars};
use crate::output::{details, escape, file_name, grid, grid_details, lines, Mode, View};
use crate::theme::Theme;
use log::*;

mod fs;
mod info;
mod logger;
mod options;
mod output;
mod theme;

fn main() {
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }

    logger::configure(env::var_os(vars::EZA_DEBUG).or_else(|| env::var_os(vars::EXA_DEBUG)));

    #[cfg(windows)]
    if let Err(e) = ansiterm::enable_ansi_support() {
        warn!("Failed to enable ANSI support: {}", e);
    }

    let stdout_istty = io::stdout().is_terminal();
    let mut input = String::new();
    let cli = Opts::parse();
    let mut input_paths: Vec<&OsStr> = cli.paths.iter().map(OsString::as_os_str).collect();
    let options = match Options::deduce(&cli, &LiveVars) {
        Ok(c) => c,
        Err(error) => {
            eprintln!("eza: {error}");
            exit(exits::OPTIONS_ERROR);
        }
    };

    if input_paths.is_empty() {
        match &options.stdin {
            FilesInput::Args => {
                input_paths = vec![OsStr::new(".")];
            }
            FilesInput::Stdin(separator) => {
                stdin()
                    .read_to_string(&mut input)
                    .expect("Failed to read from stdin");
                input_paths.extend(
                    input
                        .split(&separator.clone().into_string().unwrap_or("\n".to_string()))
                        .map(OsStr::new)
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>(),
                );
            }
        }
    }

    let git = git_options(&options, &input_paths);
    let git_repos = git_repos(&options, &input_paths);
    let writer = io::stdout();

    let console_width = options.view.width.actual_terminal_width();
    let theme = options.theme.to_theme(stdout_istty);
    let exa = Exa {
        options,
        writer,
        input_paths,
        theme,
        console_width,
        git,
        git_repos,
    };

    info!("matching on exa.run");
    match exa.run() {
        Ok(exit_status) => {
            trace!("exa.run: exit Ok(exit_status)");
            exit(exit_status);
        }

        Err(e) if e.kind() == ErrorKind::BrokenPipe => {
            warn!("Broken pipe error: {e}");
            exit(exits::SUCCESS);
        }

        Err(e) => {
            eprintln!("{e}");
            trace!("exa.run: exit RUNTIME_ERROR");
            exit(exits::RUNTIME_ERROR);
        }
    }
}

/// The main program wrapper.
pub struct Exa<'args> {
    /// List of command-line options, having been successfully parsed.
    pub options: Options,

    /// The output handle that we write to.
    pub writer: io::Stdout,

    /// List of the free command-line arguments that should correspond to file
    /// names (anything that isn’t an option).
    pub input_paths: Vec<&'args OsStr>,

    /// The theme that has been configured from the command-line options and
    /// environment variables.
    pub theme: Theme,

    /// The detected width of the console.
    pub console_width: Option<usize>,

    /// A global Git cache, if the option was passed in.
    pub git: Option<GitCache>,

    pub git_repos: bool,
}

/// The “real” environment variables type.
struct LiveVars;
impl Vars for LiveVars {
    fn get(&self, name: &'static str) -> Option<OsString> {
        env::var_os(name)
    }
}

/// Create a Git cache populated with the arguments that are going to be
/// listed before they’re actually listed, if the options demand it.
fn git_options(options: &Options, args: &[&OsStr]) -> Option<GitCache> {
    if options.should_scan_for_git() {
        Some(args.iter().map(PathBuf::from).collect())
    } else {
        None
    }
}

#[cfg(not(feature = "git"))]
fn git_repos(_options: &Options, _args: &[&OsStr]) -> bool {
    return false;
}

mod exits {

    /// Exit code for when exa runs OK.
    pub const SUCCESS: i32 = 0;

    /// Exit code for when there was at least one I/O error during execution.
    pub const RUNTIME_ERROR: i32 = 1;

    /// Exit code for when the command-line options are invalid.
    pub const OPTIONS_ERROR: i32 = 3;

    /// Exit code for missing file permissions
    pub const PERMISSION_DENIED: i32 = 13;
}
