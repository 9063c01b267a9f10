//! Pack text -> load -> validate -> search -> walk, on the built-in pack with
//! one of its RON files replaced by the fuzzer's bytes.
//!
//! Input: the first byte picks the file to replace (pack.ron or a guide);
//! the rest is that file's new content, and also drives the walk.

#![no_main]

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use stepwise::guide::search::SearchIndex;
use stepwise::guide::walk::{Command, Walk};
use stepwise::guide::{self, PackSource};

static FILES: LazyLock<BTreeMap<String, Arc<[u8]>>> = LazyLock::new(PackSource::builtin_files);

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let names: Vec<&String> = FILES.keys().filter(|name| name.ends_with(".ron")).collect();
    let name = names[usize::from(pick) % names.len()];
    let mut files = FILES.clone();
    files.insert(name.clone(), Arc::from(text));
    let (pack, problems) = guide::check(PackSource::Memory(Arc::new(files)));
    for problem in &problems {
        assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
        assert!(!problem.message.is_empty());
    }
    let index = SearchIndex::new(&pack);
    let query = String::from_utf8_lossy(&text[..text.len().min(48)]);
    let _ = index.search(&query, 5);
    // Walk every scenario with commands taken from the input bytes.
    for scenario in &pack.manifest.scenarios {
        let Ok(mut walk) = Walk::begin_scenario(&pack, &scenario.id) else { continue };
        for &byte in text.iter().take(64) {
            let command = match byte % 7 {
                0 => Command::Next,
                1 => Command::Back,
                2 => Command::Choose(usize::from(byte >> 3) % 4),
                3 => Command::Stuck,
                4 => Command::ToggleCheck(usize::from(byte >> 3) % 3),
                5 => Command::NotSolved,
                _ => Command::Restart,
            };
            let before = walk.clone();
            if walk.apply(&pack, command).is_err() {
                assert_eq!(walk, before, "a failed command changed the walk");
            }
            let progress = walk.progress(&pack);
            assert_eq!(progress.total(), progress.done + progress.remaining);
        }
    }
});
