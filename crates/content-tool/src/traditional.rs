//! The zh-HK bundle: every text of the zh-CN bundle in Traditional characters, made at
//! build time with OpenCC's Simplified-to-Hong-Kong tables (crate `ferrous-opencc`,
//! Apache-2.0; see docs/decisions/0005-traditional-chinese.md). A text an editor has
//! translated to zh-HK already is kept as written.

use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use portal_model::{fill_texts, Lang};
use std::path::Path;

/// Simplified to Traditional (Hong Kong standard) conversion.
pub struct Converter(OpenCC);

impl Converter {
    pub fn new() -> Result<Converter, String> {
        OpenCC::from_config(BuiltinConfig::S2hk).map(Converter).map_err(|e| format!("OpenCC s2hk: {e}"))
    }

    pub fn convert(&self, simplified: &str) -> String {
        self.0.convert(simplified)
    }
}

/// Every `.json` file under `dir`, as paths relative to it, sorted.
fn json_files(dir: &Path, sub: &Path, found: &mut Vec<std::path::PathBuf>) -> Result<(), String> {
    let here = dir.join(sub);
    let entries = std::fs::read_dir(&here).map_err(|e| format!("{}: {e}", here.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let rel = sub.join(entry.file_name());
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            json_files(dir, &rel, found)?;
        } else if rel.extension().is_some_and(|e| e == "json") {
            found.push(rel);
        }
    }
    Ok(())
}

/// Copies every JSON file of the bundle in `src` to `dest` (same layout) with zh-HK texts
/// added; returns how many files. Run on a checked bundle.
pub fn write_bundle(src: &Path, dest: &Path, converter: &Converter) -> Result<usize, String> {
    let mut files = Vec::new();
    json_files(src, Path::new(""), &mut files)?;
    files.sort();
    for rel in &files {
        let from = src.join(rel);
        let text = std::fs::read_to_string(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let mut value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", from.display()))?;
        fill_texts(&mut value, Lang::ZhHk, &mut |s| converter.convert(s));
        let to = dest.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let json = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        std::fs::write(&to, json).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_becomes_hong_kong_traditional() {
        let c = Converter::new().unwrap();
        assert_eq!(c.convert("深圳市人民政府口岸办公室"), "深圳市人民政府口岸辦公室");
        assert_eq!(c.convert("政府信息公开工作年度报告"), "政府信息公開工作年度報告");
        assert_eq!(c.convert("皇岗口岸 2014年"), "皇崗口岸 2014年");
    }
}
