//! The reader's shelf: the built-in pack and every pack they added to their
//! guides, each with its title, author and date, searchable together. The
//! packs are read on a worker thread when the window opens (and again
//! after a pack is added or removed); only their text is read, never their
//! pictures, until one is opened.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use crate::bundle::trust::{Trust, TrustStore};
use crate::bundle::{Bundle, ReaderFiles, Seal};
use crate::guide::date::Date;
use crate::guide::search::{Hit, SearchIndex};
use crate::guide::{Pack, PackSource};
use crate::tr;

/// Where a pack on show comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built into Stepwise.
    Builtin,
    /// A pack folder (`--pack`, `stepwise edit`).
    Folder(PathBuf),
    /// A `.stepwise` file.
    File(PathBuf),
}

impl Origin {
    /// Where `source` comes from.
    pub fn of(source: &PackSource) -> Origin {
        match source {
            PackSource::Builtin | PackSource::Memory(_) => Origin::Builtin,
            PackSource::Folder(dir) => Origin::Folder(dir.clone()),
            PackSource::Bundle(bundle) => Origin::File(bundle.path().to_owned()),
        }
    }
}

/// One pack on the shelf.
pub struct ShelfPack {
    /// Where it comes from.
    pub origin: Origin,
    /// Its title.
    pub title: String,
    /// Who made it, in words: "Built into Stepwise", "Signed by Ana Lopez
    /// (key 3F1A 9C02)", "Not signed".
    pub byline: String,
    /// The newest date its guides were checked on.
    pub checked: Option<Date>,
    /// Something the reader must know first (a file that cannot be opened
    /// any more, a key that changed).
    pub warning: Option<String>,
    /// The pack and its search index, when it could be read.
    pub content: Option<(Pack, SearchIndex)>,
    /// The pack file is one of the reader's added guides (it can be removed).
    pub removable: bool,
}

/// The shelf, possibly still being read.
#[derive(Default)]
pub struct Shelf {
    packs: Vec<ShelfPack>,
    loading: Option<Receiver<Vec<ShelfPack>>>,
}

/// A search result and the shelf pack it is in.
#[derive(Clone, Debug)]
pub struct ShelfHit {
    /// The result.
    pub hit: Hit,
    /// `None` for the pack on show; else the shelf pack's index.
    pub from: Option<usize>,
}

impl Shelf {
    /// Starts reading the shelf on a worker thread; `ctx` is woken when it
    /// is ready.
    pub fn spawn(reader: Option<ReaderFiles>, ctx: &egui::Context) -> Shelf {
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stepwise-shelf".to_owned())
            .spawn(move || {
                let _ = sender.send(read_shelf(reader.as_ref()));
                ctx.request_repaint();
            });
        if spawned.is_err() {
            return Shelf::default();
        }
        Shelf {
            packs: Vec::new(),
            loading: Some(receiver),
        }
    }

    /// Reads the shelf on this thread (tests).
    pub fn now(reader: Option<&ReaderFiles>) -> Shelf {
        Shelf {
            packs: read_shelf(reader),
            loading: None,
        }
    }

    /// Takes the shelf from the worker once it is ready.
    pub fn poll(&mut self) {
        if let Some(receiver) = &self.loading {
            match receiver.try_recv() {
                Ok(packs) => {
                    self.packs = packs;
                    self.loading = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.loading = None,
            }
        }
    }

    /// True while the shelf is still being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The packs, built-in first, then the added ones by title.
    pub fn packs(&self) -> &[ShelfPack] {
        &self.packs
    }

    /// The best results for `query` in every shelf pack but the one on
    /// show (`showing`), best first, at most `limit`.
    pub fn search(&self, query: &str, showing: &Origin, limit: usize) -> Vec<ShelfHit> {
        let mut hits: Vec<ShelfHit> = self
            .packs
            .iter()
            .enumerate()
            .filter(|(_, p)| &p.origin != showing)
            .filter_map(|(i, p)| p.content.as_ref().map(|(_, index)| (i, index)))
            .flat_map(|(i, index)| {
                index
                    .search(query, limit)
                    .into_iter()
                    .map(move |hit| ShelfHit { hit, from: Some(i) })
            })
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse(h.hit.score));
        hits.truncate(limit);
        hits
    }
}

/// The built-in pack and every pack in the library.
fn read_shelf(reader: Option<&ReaderFiles>) -> Vec<ShelfPack> {
    let mut packs = vec![read_pack(Origin::Builtin, PackSource::Builtin, None)];
    let Some(reader) = reader else {
        return packs;
    };
    let (store, _) = TrustStore::load(&reader.known_authors);
    let mut added: Vec<ShelfPack> = reader
        .library
        .files()
        .into_iter()
        .map(|path| read_file(&path, &store))
        .collect();
    added.sort_by_key(|a| a.title.to_lowercase());
    packs.extend(added);
    packs
}

fn read_file(path: &Path, store: &TrustStore) -> ShelfPack {
    match Bundle::open(path) {
        Ok(bundle) => {
            let seal = bundle.seal().clone();
            let source = PackSource::Bundle(std::sync::Arc::new(bundle));
            let mut pack = read_pack(Origin::File(path.to_owned()), source, Some(&seal));
            pack.removable = true;
            if let Trust::DifferentKey { before } = store.judge(&pack.title_id(), &seal) {
                pack.warning = Some(tr!(shelf_warning_other_key, name = before.name.as_str()));
            }
            pack
        }
        Err(e) => ShelfPack {
            origin: Origin::File(path.to_owned()),
            title: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            byline: String::new(),
            checked: None,
            warning: Some(tr!(shelf_warning_unreadable, error = e.to_string())),
            content: None,
            removable: true,
        },
    }
}

fn read_pack(origin: Origin, source: PackSource, seal: Option<&Seal>) -> ShelfPack {
    let (pack, _) = Pack::load(source);
    let index = SearchIndex::new(&pack);
    let checked = pack
        .guides
        .iter()
        .filter_map(|g| g.guide.verified.as_deref().and_then(Date::parse))
        .max();
    let byline = match (&origin, seal) {
        (Origin::Builtin, _) => tr!(shelf_byline_builtin),
        (_, Some(Seal::Signed(signer))) => tr!(
            shelf_byline_signed,
            name = signer.name.as_str(),
            key = signer.short_id()
        ),
        (_, _) => tr!(shelf_byline_unsigned),
    };
    ShelfPack {
        origin,
        title: pack.manifest.title.clone(),
        byline,
        checked,
        warning: None,
        content: Some((pack, index)),
        removable: false,
    }
}

impl ShelfPack {
    /// The pack's id (what its saved places and remembered key go by).
    fn title_id(&self) -> String {
        self.content
            .as_ref()
            .map(|(pack, _)| pack.manifest.id.clone())
            .unwrap_or_default()
    }
}
