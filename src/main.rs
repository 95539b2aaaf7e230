//! The `quotestance` binary: parses the command line, runs the library, maps the
//! outcome to the exit status (0 ok, 1 some records or figures failed, 2 usage or I/O).

mod cli;
mod progress;

use clap::Parser;

fn main() {
    // A stage's panic is caught per article and written as that article's error
    // record; the default hook would also print it over the progress output.
    if std::env::var_os("QUOTESTANCE_DEBUG").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli::execute(cli) {
        Ok(cli::Outcome::Ok) => {}
        Ok(cli::Outcome::SomeFailed) => std::process::exit(1),
        Err(e) => {
            eprintln!("quotestance: error: {e:#}");
            std::process::exit(2);
        }
    }
}
