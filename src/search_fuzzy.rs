//! The browser's side of approximate search (`portal_model::search::approx`): when the
//! exact query finds fewer than `WIDEN_BELOW` documents, its character pairs are also
//! looked up by their sound and its words that match nothing by the nearest words of the
//! language's vocabulary. The table of readings and the vocabulary are fetched only then
//! (and kept, like the other index files). Only `src/search.rs` calls it, so its code is in
//! the search page's chunk. A file that cannot be fetched leaves the exact results as they
//! are: approximate matches are a help, not a condition of a search.

use crate::search::file;
use portal_model::search::approx::{self, Readings, Vocabulary};
use portal_model::search::{self as index, Fragment, Manifest, Query, Shard};
use portal_model::Lang;
use std::collections::HashMap;
use std::rc::Rc;

/// The hits of a widened query.
pub struct Widened {
    /// All hits, the exact ones first; (document, score) as `index::evaluate` gives them.
    pub hits: Vec<(u32, u32)>,
    /// Some hits matched only by sound or by a near word.
    pub approximate: bool,
    /// The vocabulary words read for misspelt ones, to mark.
    pub marks: Vec<String>,
    /// The table of readings, if the query had pairs to sound out.
    readings: Option<Rc<Readings>>,
}

impl Widened {
    /// The pairs in the results' titles and snippets' texts that sound like the query's, to
    /// mark (`approx::sound_marks`).
    pub fn sound_marks(&self, query: &Query, results: &[Fragment]) -> Vec<String> {
        let (Some(readings), true) = (&self.readings, self.approximate) else { return Vec::new() };
        let map = readings.map();
        let mut marks: Vec<String> = Vec::new();
        for fragment in results {
            for text in [&fragment.title, &fragment.text] {
                for mark in approx::sound_marks(query, &map, text) {
                    if !marks.contains(&mark) {
                        marks.push(mark);
                    }
                }
            }
        }
        marks
    }
}

/// Widens a query that found `exact` hits with the shards `loaded` (by number); `None` when
/// it found enough, or there is nothing to widen, or the files for it could not be fetched.
pub async fn widen(lang: Lang, manifest: &Manifest, query: &Query, exact: usize, loaded: &HashMap<u32, &Shard>) -> Option<Widened> {
    if exact >= approx::WIDEN_BELOW {
        return None;
    }
    let pairs = query.terms.iter().any(approx::is_han_pair);
    let misspelt: Vec<String> = query
        .terms
        .iter()
        .filter(|t| approx::may_be_misspelt(t) && !approx::has_postings(t, manifest.shards, |n| loaded.get(&n).copied()))
        .map(|t| t.text.clone())
        .collect();
    if !pairs && misspelt.is_empty() {
        return None;
    }
    let readings = async {
        match pairs {
            true => file::<Readings>(approx::readings_file()).await.ok(),
            false => None,
        }
    };
    let vocabulary = async {
        match misspelt.is_empty() {
            true => None,
            false => file::<Vocabulary>(approx::vocabulary_file(lang)).await.ok(),
        }
    };
    let (readings, vocabulary): (Option<Rc<Readings>>, Option<Rc<Vocabulary>>) = futures::join!(readings, vocabulary);
    let map = readings.as_ref().map(|r| r.map());
    let widened = approx::widen(query, map.as_ref(), vocabulary.as_deref(), &misspelt);
    if !widened.adds_anything() {
        return None;
    }
    let mut needed: Vec<u32> = widened.terms().map(|t| index::shard_of(&t.text, manifest.shards)).filter(|n| !loaded.contains_key(n)).collect();
    needed.sort_unstable();
    needed.dedup();
    let more = futures::future::try_join_all(needed.iter().map(|&n| file::<Shard>(index::shard_file(lang, n)))).await.ok()?;
    let mut all: HashMap<u32, &Shard> = loaded.clone();
    all.extend(needed.iter().copied().zip(more.iter().map(|s| s.as_ref())));
    let hits = approx::evaluate(&widened, manifest.shards, |n| all.get(&n).copied());
    Some(Widened {
        approximate: hits.iter().any(|h| !h.exact),
        hits: hits.into_iter().map(|h| (h.id, h.score)).collect(),
        marks: widened.marks,
        readings,
    })
}
