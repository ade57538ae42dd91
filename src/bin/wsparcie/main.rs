//! The maintainers' command.
//!
//! - `wsparcie data` builds the shipped data (`public/data/1/`) from `data/sources/` and the catalogue.
//! - `wsparcie validate` checks the catalogue and the shipped data before they ship.
//! - `wsparcie check --date YYYY-MM-DD --household FILE.json` prints, as JSON, each project's verdict for
//!   the household on that day, with every criterion's result and reason.
//! - `wsparcie accept FILE… [--dry-run]` takes centre files into the catalogue (checked, put in place, the
//!   data built again) and prints what residents will see change.
//! - `wsparcie report [--date YYYY-MM-DD]` lists, per voivodeship, the entries whose facts no one has
//!   confirmed for over 180 days, the centres whose contacts are incomplete, and the directory's fields
//!   marked to confirm.

mod accept;
mod check;
mod data;
mod directory;
mod hours_text;
mod keep;
mod report;
mod senior;
mod warszawa;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

const DEFAULT_CATALOGUE: &str = "public/catalogue";
const DEFAULT_DATA: &str = "public/data/1";
const DEFAULT_SOURCES: &str = "data/sources";

#[derive(Parser)]
#[command(name = "wsparcie", about = "Sprawdź wsparcie: the maintainers' command")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the gmina index, the locality files, the centre directory and the catalogue's powiat parts.
    Data {
        /// The folder with `teryt/` and `ops/` (see its SOURCE.md).
        #[arg(long, default_value = DEFAULT_SOURCES)]
        sources: PathBuf,
        /// The catalogue folder, whose projects go into the powiat files they serve.
        #[arg(long, default_value = DEFAULT_CATALOGUE)]
        catalogue: PathBuf,
        /// The data folder the app ships; its generated files are written afresh.
        #[arg(long, default_value = DEFAULT_DATA)]
        out: PathBuf,
    },
    /// Check the catalogue and the shipped data.
    Validate {
        /// The catalogue folder (index, centre files, parameters).
        #[arg(default_value = DEFAULT_CATALOGUE)]
        catalogue: PathBuf,
        /// The shipped data folder (places, localities, powiat files).
        #[arg(long, default_value = DEFAULT_DATA)]
        data: PathBuf,
    },
    /// Run a household against the catalogue on a given day.
    Check {
        /// The day of the check, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// A household file (see docs/DATA-FORMATS.md).
        #[arg(long)]
        household: PathBuf,
        #[arg(long, default_value = DEFAULT_CATALOGUE)]
        catalogue: PathBuf,
        /// The shipped data folder: its gmina index resolves a gmina given by name.
        #[arg(long, default_value = DEFAULT_DATA)]
        data: PathBuf,
    },
    /// Take a centre's file (or several) into the catalogue: check it as `validate` does, refuse it with
    /// every problem named, or put it in place, build the data again and print what residents will see
    /// change.
    Accept {
        /// The centre file(s), as the staff editor saves them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = DEFAULT_CATALOGUE)]
        catalogue: PathBuf,
        /// The folder with the directory's and the register's source files.
        #[arg(long, default_value = DEFAULT_SOURCES)]
        sources: PathBuf,
        /// The shipped data folder, built again from the catalogue.
        #[arg(long, default_value = DEFAULT_DATA)]
        data: PathBuf,
        /// Print what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The day the statuses are told for, YYYY-MM-DD (today in Poland when left out).
        #[arg(long)]
        date: Option<String>,
    },
    /// List, per voivodeship, the entries not confirmed for over 180 days and the centres missing contacts.
    Report {
        /// The catalogue folder.
        #[arg(default_value = DEFAULT_CATALOGUE)]
        catalogue: PathBuf,
        /// The shipped data folder: the directory's fields marked to confirm are listed from it.
        #[arg(long, default_value = DEFAULT_DATA)]
        data: PathBuf,
        /// The day to report for, YYYY-MM-DD (today in Poland when left out).
        #[arg(long)]
        date: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command {
        Command::Data { sources, catalogue, out } => build_data(&sources, &catalogue, &out),
        Command::Validate { catalogue, data } => check::validate(&catalogue, &data),
        Command::Check { date, household, catalogue, data } => check::check(&date, &household, &catalogue, &data),
        Command::Accept { files, catalogue, sources, data, dry_run, date } => accept::accept(
            &files,
            accept::Folders { catalogue: &catalogue, sources: &sources, data: &data },
            dry_run,
            date.as_deref(),
        ),
        Command::Report { catalogue, data, date } => report::report(&catalogue, &data, date.as_deref()),
    }
}

fn build_data(sources: &std::path::Path, catalogue: &std::path::Path, out: &std::path::Path) -> ExitCode {
    match data::build(sources, catalogue, out) {
        Ok(report) => {
            let locale = sprawdz_wsparcie::i18n::Locale::default();
            for (file, line, problem) in &report.problems {
                eprintln!("{file}:{line}: {}", problem.describe(locale));
            }
            let counts: Vec<String> = report.counts.iter().map(|(what, n)| format!("{n} {what}")).collect();
            println!("{}: {}", out.display(), counts.join(", "));
            println!("{} problems in the sources (each row or value named above was left out)", report.problems.len());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
