//! `booth export-glossary`: a pack's glossary as CSV, TBX v2, TBX v3 or XLSX.

use crate::common::load;
use booth::glossary_files::{self, ExportFormat};
use booth::review::Reviews;
use booth::source::Source;
use booth::Error;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum FormatArg {
    Csv,
    Tbx2,
    Tbx3,
    Xlsx,
}

/// Export a pack's glossary.
///
/// CSV (UTF-8 with BOM; columns id, domain, sessions, then per locale the term, abbr, alt, note), TBX v2
/// (martif), TBX v3 (ISO 30042:2019, TBX-Basic; agreed speaker reviews as administrativeStatus) or XLSX.
/// Writes to -o FILE (atomically), or stdout for the text formats. Exit status: 0 written, 2 usage or I/O
/// error.
#[derive(clap::Args)]
pub struct Args {
    /// Pack folder (default: the built-in forum pack).
    #[arg(long)]
    pack: Option<PathBuf>,
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Output file.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let format = match args.format {
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::Tbx2 => ExportFormat::Tbx2,
        FormatArg::Tbx3 => ExportFormat::Tbx3,
        FormatArg::Xlsx => ExportFormat::Xlsx,
    };
    let reviews = match &args.pack {
        Some(dir) => Reviews::load(&Source::dir(dir)?)?,
        None => Reviews::default(),
    };
    let pack = load(args.pack)?;
    let bytes = glossary_files::export(&pack, &reviews, format)?;
    match args.output {
        Some(path) => {
            let path = std::path::absolute(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            booth::save::atomic_write(&path, &bytes)?;
            eprintln!(
                "wrote {} concepts to {}",
                pack.glossary.len(),
                path.display()
            );
        }
        None if matches!(format, ExportFormat::Xlsx) => {
            return Err(Error::InvalidArgument(
                "XLSX is binary: give an output file with -o".into(),
            ))
        }
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|source| Error::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                })?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
