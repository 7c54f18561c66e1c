//! Mozilla's l10n project configuration (`l10n.toml`, `pontoon.toml`), read the way compare-locales reads
//! it (`compare_locales/paths/configparser.py`, `project.py`, `matcher.py`): which files each locale must
//! have.
//!
//! - `basepath` (default `.`) is relative to the config file's folder; every pattern is relative to it.
//! - `[env]` defines `{name}` placeholders, expanded in patterns (recursively); `{locale}` is the locale.
//! - `locales` lists the project's locales; a `[[paths]]` entry's own `locales` limits that path to those
//!   locales (and adds them to the project's, as compare-locales' `all_locales` does).
//! - `[[paths]]` `reference` / `l10n` patterns: `**` is any number of folders, `*` any part of one name.
//! - `[[includes]] path = "…"`: another config whose paths are added; `[[excludes]] path = "…"`: another
//!   config whose files are left out.
//!
//! Booth's checker compares `<root>/<reference>/<rel>` with `<root>/<locale>/<rel>`, so the config's
//! `reference` and `l10n` patterns must differ only in the locale folder (`{l10n_base}/{locale}/**` against
//! `{l10n_base}/en-US/**`), which is how Mozilla's Fluent projects are laid out. Anything else is refused with
//! the pattern named. `[[filters]]` are not read (they silence single keys).

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A project configuration, with its includes and excludes, resolved to one checkable layout.
#[derive(Debug, Clone)]
pub struct ProjectConfig {
    /// The folder holding the locale folders (`basepath` joined with the patterns' common prefix).
    pub root: PathBuf,
    /// The reference locale folder named by the `reference` patterns.
    pub reference: String,
    /// Every locale of the project (config-level and per-path), sorted.
    pub locales: Vec<String>,
    paths: Vec<PathRule>,
    excludes: Vec<PathRule>,
}

/// One `[[paths]]` entry: a pattern relative to the locale folder, and the locales it applies to.
#[derive(Debug, Clone)]
struct PathRule {
    /// Relative to `<root>/<locale>/`.
    rel: glob::Pattern,
    scope: Scope,
}

/// Which locales a path applies to (compare-locales' `ProjectFiles`): its config's `locales` when the
/// config has them, and the path's own `locales` when it has them.
#[derive(Debug, Clone, Default)]
struct Scope {
    config: Option<Vec<String>>,
    path: Option<Vec<String>>,
}

impl Scope {
    fn admits(&self, locale: &str) -> bool {
        let ok =
            |v: &Option<Vec<String>>| v.as_ref().is_none_or(|ls| ls.iter().any(|l| l == locale));
        ok(&self.config) && ok(&self.path)
    }
}

#[derive(serde::Deserialize)]
struct Raw {
    basepath: Option<String>,
    locales: Option<Vec<String>>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<RawPath>,
    #[serde(default)]
    includes: Vec<RawChild>,
    #[serde(default)]
    excludes: Vec<RawChild>,
}

#[derive(serde::Deserialize)]
struct RawPath {
    reference: Option<String>,
    l10n: String,
    locales: Option<Vec<String>>,
}

#[derive(serde::Deserialize)]
struct RawChild {
    path: String,
}

/// A config as read, before its paths are laid onto one root: absolute (reference, l10n) pattern strings.
struct Parsed {
    /// compare-locales' `all_locales`: the configs' and the paths' locales.
    locales: Vec<String>,
    paths: Vec<(String, String, Scope)>,
    /// Excluded paths, with the locales of the excluded config (an exclude applies only to those).
    excludes: Vec<(String, Scope, Vec<String>)>,
}

fn bad(file: &Path, msg: impl std::fmt::Display) -> Error {
    Error::InvalidArgument(format!("{}: {msg}", file.display()))
}

/// Expands `{name}` from `env` (values may use other names), leaving `{locale}`.
fn expand(file: &Path, s: &str, env: &BTreeMap<String, String>, depth: u32) -> Result<String> {
    if depth > 16 {
        return Err(bad(
            file,
            format!("`{s}`: [env] placeholders refer to each other in a loop"),
        ));
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| bad(file, format!("`{s}`: `{{` without `}}`")))?;
        let name = &rest[open + 1..open + close];
        if name == "locale" {
            out.push_str("{locale}");
        } else {
            let v = env
                .get(name)
                .ok_or_else(|| bad(file, format!("`{s}`: `{{{name}}}` is not defined in [env]")))?;
            out.push_str(&expand(file, v, env, depth + 1)?);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `a/./b/../c` → `a/c`, `/`-separated.
fn normalize(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let absolute = p.starts_with('/');
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

fn parse_file(file: &Path, env: &BTreeMap<String, String>, depth: u32) -> Result<Parsed> {
    if depth > 8 {
        return Err(bad(
            file,
            "includes nest too deep (a config including itself?)",
        ));
    }
    let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
        path: file.to_owned(),
        source,
    })?;
    let raw: Raw = toml::from_str(&text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                format!(":{line}:{col}")
            })
            .unwrap_or_default();
        Error::InvalidArgument(format!("{}{at}: {}", file.display(), e.message()))
    })?;
    let dir = file.parent().unwrap_or(Path::new("."));
    // Environment: the file's own, then what the including config passed (compare-locales: ctx.env wins).
    let mut env_all = raw.env.clone();
    env_all.extend(env.clone());
    let base = dir.join(raw.basepath.as_deref().unwrap_or("."));
    let base = normalize(&base.to_string_lossy());
    let abs = |p: &str| -> Result<String> {
        let p = expand(file, p, &env_all, 0)?;
        Ok(if p.starts_with('/') {
            normalize(&p)
        } else {
            normalize(&format!("{base}/{p}"))
        })
    };
    let mut out = Parsed {
        locales: raw.locales.clone().unwrap_or_default(),
        paths: Vec::new(),
        excludes: Vec::new(),
    };
    for p in &raw.paths {
        let reference = p.reference.as_deref().ok_or_else(|| {
            bad(
                file,
                format!(
                    "[[paths]] l10n = `{}` has no `reference`; Booth checks Fluent files against a reference",
                    p.l10n
                ),
            )
        })?;
        if let Some(ls) = &p.locales {
            out.locales.extend(ls.iter().cloned());
        }
        let scope = Scope {
            config: raw.locales.clone(),
            path: p.locales.clone(),
        };
        out.paths.push((abs(reference)?, abs(&p.l10n)?, scope));
    }
    for c in &raw.includes {
        let child = parse_file(Path::new(&abs(&c.path)?), &env_all, depth + 1)?;
        out.locales.extend(child.locales);
        out.paths.extend(child.paths);
        out.excludes.extend(child.excludes);
    }
    for c in &raw.excludes {
        let child = parse_file(Path::new(&abs(&c.path)?), &env_all, depth + 1)?;
        if !child.excludes.is_empty() {
            return Err(bad(
                file,
                format!(
                    "`{}`: an excluded config cannot declare its own excludes",
                    c.path
                ),
            ));
        }
        for (_, l, scope) in child.paths {
            out.excludes.push((l, scope, child.locales.clone()));
        }
    }
    Ok(out)
}

impl ProjectConfig {
    /// Reads `file` (and the configs it includes or excludes).
    pub fn read(file: &Path) -> Result<ProjectConfig> {
        let file = if file.is_absolute() {
            file.to_owned()
        } else {
            std::env::current_dir()
                .map_err(|source| Error::Io {
                    path: file.to_owned(),
                    source,
                })?
                .join(file)
        };
        let parsed = parse_file(&file, &BTreeMap::new(), 0)?;
        if parsed.paths.is_empty() {
            return Err(bad(
                &file,
                "no [[paths]]: the config names no files to check",
            ));
        }
        // Every l10n pattern is `<root>/{locale}/<rel>` and its reference `<root>/<reference>/<rel>`.
        let mut root: Option<String> = None;
        let mut reference: Option<String> = None;
        let mut split = |r: &str, l: &str| -> Result<String> {
            let (prefix, rel) = l.split_once("/{locale}/").ok_or_else(|| {
                bad(
                    &file,
                    format!("l10n = `{l}`: Booth needs `{{locale}}` as one whole folder name"),
                )
            })?;
            let ref_folder = r
                .strip_prefix(prefix)
                .and_then(|x| x.strip_prefix('/'))
                .and_then(|x| x.strip_suffix(rel))
                .and_then(|x| x.strip_suffix('/'))
                .filter(|x| !x.is_empty() && !x.contains(['/', '*', '{']))
                .ok_or_else(|| {
                    bad(
                        &file,
                        format!(
                            "reference = `{r}` and l10n = `{l}` must differ only in the locale folder"
                        ),
                    )
                })?;
            for (have, want, what) in [
                (&mut root, prefix, "locale folders"),
                (&mut reference, ref_folder, "reference folder"),
            ] {
                match have {
                    Some(h) if h != want => {
                        return Err(bad(
                            &file,
                            format!("paths use two {what}: `{h}` and `{want}`; Booth checks one"),
                        ))
                    }
                    _ => *have = Some(want.to_owned()),
                }
            }
            Ok(rel.to_owned())
        };
        let mut rules = Vec::new();
        for (r, l, scope) in &parsed.paths {
            let rel = split(r, l)?;
            rules.push((rel, scope.clone()));
        }
        let root = root.unwrap_or_default();
        let compile =
            |rel: &str| glob::Pattern::new(rel).map_err(|e| bad(&file, format!("`{rel}`: {e}")));
        let paths = rules
            .iter()
            .map(|(rel, scope)| {
                Ok(PathRule {
                    rel: compile(rel)?,
                    scope: scope.clone(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut excludes = Vec::new();
        for (l, scope, all) in &parsed.excludes {
            // An excluded config's files under the same locale folders; others cannot match anything here.
            // It excludes only for its own locales (a config without any excludes nothing, as in
            // compare-locales).
            if let Some(rel) = l.strip_prefix(&format!("{root}/{{locale}}/")) {
                let mut scope = scope.clone();
                if scope.config.is_none() {
                    scope.config = Some(all.clone());
                }
                excludes.push(PathRule {
                    rel: compile(rel)?,
                    scope,
                });
            }
        }
        let mut locales = parsed.locales;
        locales.sort();
        locales.dedup();
        Ok(ProjectConfig {
            root: PathBuf::from(root),
            reference: reference.unwrap_or_default(),
            locales,
            paths,
            excludes,
        })
    }

    /// Whether `locale` must have the file `rel` (relative to its locale folder, `/`-separated): a path
    /// for that locale matches it and no excluded config's does.
    pub fn wants(&self, locale: &str, rel: &str) -> bool {
        let opts = glob::MatchOptions {
            case_sensitive: true,
            require_literal_separator: true,
            require_literal_leading_dot: false,
        };
        let applies = |r: &PathRule| r.scope.admits(locale) && r.rel.matches_with(rel, opts);
        self.locales.iter().any(|l| l == locale)
            && self.paths.iter().any(applies)
            && !self.excludes.iter().any(applies)
    }
}
