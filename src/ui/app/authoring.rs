//! What `stepwise edit` adds to the app: the mark editor screen, saving
//! and reading the pack again, a new step from a dropped or pasted
//! picture, and starting at a given node (`--open guide#node`).

use std::path::{Path, PathBuf};

use super::{Screen, StepwiseApp};
use crate::authoring::file::{GuideFile, SaveError};
use crate::authoring::marks::Tool;
use crate::authoring::reload::{Adoption, adopt, keep_place};
use crate::guide::NodeRef;
use crate::guide::edit::NewStep;
use crate::guide::model::Node;
use crate::guide::walk::{Walk, WalkError};
use crate::shots::ShotState;
use crate::tr;
use crate::ui::command::Actions;
use crate::ui::live_reload::LiveReload;
use crate::ui::loader::Loaded;
use crate::ui::screens::editor::{AfterCommand, EditorCommand, EditorState, editor_ui};
use crate::ui::theme::Palette;

/// Said while the files on disk have errors the shown pack does not.
fn kept_last_good() -> String {
    tr!(author_kept_last_good)
}

/// Pictures an author can drop or paste to make a new step.
const PICTURE_EXTENSIONS: [&str; 3] = ["png", "jpg", "jpeg"];

impl StepwiseApp {
    /// Authoring mode on the pack in `dir`: Edit marks on every step with a
    /// picture, dropped pictures become steps, and what is remembered
    /// between runs is left alone (an author's walks are not a reader's).
    pub fn authoring(mut self, dir: PathBuf) -> StepwiseApp {
        self.authoring = Some(dir);
        if self.loaded.localized.lang.is_some() {
            // Loaded for a reader, in a translation: an author edits the
            // source words, so they are the ones shown.
            let source = self.loaded.pack.source.clone();
            self.receive(Loaded::now(source));
        }
        self
    }

    /// Starts at `target` (`"guide"` or `"guide#node"`) once the pack is
    /// loaded.
    pub fn open_at(mut self, target: Option<String>) -> StepwiseApp {
        match target {
            Some(target) if self.loader.is_none() => self.open_node(&target),
            other => self.open_at = other,
        }
        self
    }

    /// Turns authoring mode on (on the pack folder `dir`) or off, on an app
    /// already made: for tests that build the app their own way.
    pub fn set_authoring(&mut self, dir: Option<PathBuf>) {
        self.authoring = dir;
    }

    /// True in authoring mode.
    pub fn is_authoring(&self) -> bool {
        self.authoring.is_some()
    }

    /// The mark editor, while it is open.
    pub fn editor(&self) -> Option<&crate::ui::screens::editor::EditorState> {
        self.editor.as_ref()
    }

    pub(super) fn open_node(&mut self, target: &str) {
        match Walk::begin(&self.loaded.pack, None, target) {
            Ok(walk) => {
                self.saved.walk = Some(walk);
                self.saved.walk_begun = true;
                self.screen = Screen::Walk;
            }
            Err(WalkError::Broken(_)) => {
                let why = self.loaded.pack.explain_unresolved(target);
                self.notice = Some(tr!(
                    author_open_failed,
                    target = target,
                    why = why.to_string()
                ));
            }
            Err(e) => {
                self.notice = Some(tr!(
                    author_open_failed,
                    target = target,
                    why = e.to_string()
                ))
            }
        }
    }

    /// A node clicked on the map in authoring mode: a step with a picture
    /// opens in the mark editor (the walk moves there, so leaving the editor
    /// shows that step); any other node stays chosen on the map, where the
    /// preview lists its problems.
    pub(super) fn edit_node(&mut self, ctx: &egui::Context, at: NodeRef) {
        self.edit_request = Some(at.clone());
        let has_picture = matches!(
            self.loaded.pack.node(&at),
            Some(Node::Step(step)) if step.shot.is_some()
        );
        if !has_picture || self.authoring.is_none() {
            return;
        }
        let Some(walk) = &mut self.saved.walk else {
            return;
        };
        match walk.jump(&self.loaded.pack, &at) {
            Ok(()) => {
                self.saved.walk_begun = true;
                self.screen = Screen::Walk;
                self.open_editor(ctx, Tool::Select, None);
            }
            Err(e) => self.notice = Some(tr!(app_step_cannot_open, error = e.to_string())),
        }
    }

    /// The step the walk stands on, with its picture, when the mark editor
    /// can open on it.
    pub(super) fn editable_step(&self) -> Option<(NodeRef, crate::guide::model::Shot)> {
        self.authoring.as_ref()?;
        let walk = self.saved.walk.as_ref()?;
        match walk.node(&self.loaded.pack)? {
            Node::Step(step) => step.shot.clone().map(|shot| (walk.current.clone(), shot)),
            _ => None,
        }
    }

    pub(super) fn open_editor(
        &mut self,
        ctx: &egui::Context,
        tool: Tool,
        known_size: Option<(f32, f32)>,
    ) {
        let Some((at, shot)) = self.editable_step() else {
            return;
        };
        // Back to the same picture: the unsaved marks are still there.
        if let Some(editor) = self.editor.as_mut()
            && editor.node == at
            && editor.image == shot.image
        {
            editor.tool = tool;
            self.screen = Screen::Editor;
            return;
        }
        let Some(dir) = self.authoring.clone() else {
            return;
        };
        let size = match (
            known_size,
            self.shots.as_mut().map(|s| s.get(ctx, &shot.image)),
        ) {
            (Some(size), _) => size,
            (None, Some(ShotState::Ready { size, .. })) => (size.x, size.y),
            _ => {
                self.notice = Some(tr!(author_picture_loading));
                return;
            }
        };
        let Some(file) = self.loaded.pack.guide(&at.guide).map(|g| dir.join(&g.file)) else {
            return;
        };
        match GuideFile::open(&file) {
            Ok(guide_file) => {
                let mut state = EditorState::new(at, shot.image, guide_file, shot.marks, size);
                state.tool = tool;
                self.editor = Some(state);
                self.screen = Screen::Editor;
                self.zoom = None;
            }
            Err(e) => self.notice = Some(tr!(author_guide_file_unopened, error = e.to_string())),
        }
    }

    /// A mark-editor command: tools, undo, redo, delete, save, close.
    pub(super) fn editor_command(&mut self, command: EditorCommand) {
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        match editor.command(command) {
            AfterCommand::Stay => {}
            AfterCommand::Saved => self.reload_now(),
            AfterCommand::Leave => {
                self.editor = None;
                self.screen = Screen::Walk;
            }
        }
    }

    pub(super) fn editor_screen_ui(&mut self, ui: &mut egui::Ui, palette: &Palette) -> Actions {
        let Some(editor) = self.editor.as_mut() else {
            self.screen = Screen::Walk;
            return Actions::new();
        };
        let shot = match self.shots.as_mut() {
            Some(shots) => shots.get(ui.ctx(), &editor.image),
            None => ShotState::Loading,
        };
        let mut actions = Actions::new();
        super::ui::screen_panel(palette).show(ui, |ui| {
            actions = editor_ui(ui, editor, &shot, palette);
        });
        actions
    }

    /// Reads the pack's files again and keeps the walk where it was (or as
    /// near as the changed guide allows).
    pub(super) fn reload_now(&mut self) {
        let source = self.loaded.pack.source.clone();
        self.take_reloaded(Loaded::now(source));
    }

    /// Authoring: starts watching the pack folder on the first frame (the
    /// watcher wakes this window), then, every frame, takes a pack read
    /// again after a change. Never waits: the reading is on a worker.
    pub(super) fn live_reload(&mut self, ctx: &egui::Context) {
        let Some(dir) = &self.authoring else {
            return;
        };
        if self.live.is_none() && !self.live_failed {
            match LiveReload::start(dir, ctx) {
                Ok(live) => self.live = Some(live),
                Err(e) => {
                    self.live_failed = true;
                    self.notice = Some(tr!(author_no_live_reload, error = e.to_string()));
                }
            }
        }
        if let Some(reloaded) = self.live.as_mut().and_then(|live| live.poll(ctx)) {
            self.take_reloaded(reloaded);
        }
    }

    /// A pack read again after its files changed. A pack that is no worse
    /// than the one shown replaces it and the walk stays on its step (or
    /// the nearest earlier one, with a note); a broken one leaves the last
    /// good pack usable and shows its problems, until the files are mended.
    pub(super) fn take_reloaded(&mut self, reloaded: Loaded) {
        match adopt(&self.loaded, reloaded) {
            Adoption::Replace(loaded) => {
                let walk = self.saved.walk.take();
                let begun = self.saved.walk_begun;
                if self.notice.as_deref() == Some(kept_last_good().as_str()) {
                    self.notice = None;
                }
                self.receive(*loaded);
                if let Some(walk) = walk {
                    let (placed, note) = keep_place(&walk, &self.loaded.pack);
                    self.saved.walk_begun = begun && placed.is_some();
                    if placed.is_none() {
                        self.screen = Screen::Home;
                    }
                    self.saved.walk = placed;
                    if let Some(note) = note {
                        self.notice = Some(note);
                    }
                }
            }
            Adoption::Keep { problems } => {
                self.loaded.problems = problems;
                // The pack shown is unchanged, so are its maps; their
                // badges are read from these problems as they are drawn.
                self.notice = Some(kept_last_good());
            }
        }
    }

    /// Authoring: a picture dropped on the window, or pasted, becomes a new
    /// step after the current one.
    pub(super) fn take_new_pictures(&mut self, ctx: &egui::Context) {
        if self.authoring.is_none() {
            return;
        }
        let (dropped, pasted) = ctx.input(|i| {
            let dropped: Vec<PathBuf> = i
                .raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect();
            let pasted: Vec<std::sync::Arc<egui::ColorImage>> = i
                .events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::PasteImage(image) => Some(image.clone()),
                    _ => None,
                })
                .collect();
            (dropped, pasted)
        });
        for path in dropped {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match read_limited(&path) {
                Ok(bytes) => self.new_step_from_picture(ctx, &name, &bytes),
                Err(why) => {
                    self.notice = Some(tr!(
                        author_picture_not_added,
                        name = name.as_str(),
                        why = why
                    ))
                }
            }
        }
        for image in pasted {
            match encode_png(&image) {
                Ok(bytes) => self.new_step_from_picture(ctx, "pasted.png", &bytes),
                Err(why) => self.notice = Some(tr!(author_pasted_not_added, why = why)),
            }
        }
    }

    /// Copies a picture into `assets/` (checked with the limits every pack
    /// picture has), adds a step that shows it after the current node,
    /// moves there and opens the mark editor with the Highlight tool.
    pub fn new_step_from_picture(&mut self, ctx: &egui::Context, name: &str, bytes: &[u8]) {
        let Some(dir) = self.authoring.clone() else {
            return;
        };
        let Some(walk) = self.saved.walk.clone() else {
            self.notice = Some(tr!(author_open_guide_first));
            return;
        };
        let extension = Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if !PICTURE_EXTENSIONS.contains(&extension.as_str()) {
            self.notice = Some(tr!(author_picture_not_png, name = name));
            return;
        }
        let size = match crate::shots::decode_bytes(bytes, 4096) {
            Ok(decoded) => (
                decoded.original_size[0] as f32,
                decoded.original_size[1] as f32,
            ),
            Err(e) => {
                self.notice = Some(tr!(
                    author_picture_not_added,
                    name = name,
                    why = e.to_string()
                ));
                return;
            }
        };
        let Some(guide) = self.loaded.pack.guide(&walk.current.guide) else {
            return;
        };
        let image = unique_asset_name(&dir.join("assets"), name, &extension);
        let id = unique_node_id(&guide.guide, &image);
        let file_path = dir.join(&guide.file);
        if let Err(e) = crate::files::write_atomically(&dir.join("assets").join(&image), bytes) {
            self.notice = Some(tr!(author_picture_not_copied, error = e.to_string()));
            return;
        }
        let step = NewStep {
            id: id.clone(),
            title: tr!(author_new_step_title),
            text: tr!(author_new_step_text),
            image,
            alt: tr!(author_new_step_alt),
        };
        let saved = GuideFile::open(&file_path)
            .and_then(|mut f| f.insert_step_after(&walk.current.node, &step));
        match saved {
            Ok(_) => {
                self.reload_now();
                let target = NodeRef::new(&walk.current.guide, &id);
                if let Some(walk) = self.saved.walk.as_mut()
                    && self.loaded.pack.node(&target).is_some()
                {
                    let from = std::mem::replace(&mut walk.current, target);
                    walk.history.push(from);
                    self.saved.walk_begun = true;
                }
                self.notice = Some(tr!(
                    author_step_added,
                    id = id.as_str(),
                    file = guide_file_name(&file_path)
                ));
                self.open_editor(ctx, Tool::Highlight, Some(size));
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.notice = Some(tr!(author_changed_on_disk));
            }
            Err(e) => self.notice = Some(tr!(author_step_not_added, error = e.to_string())),
        }
    }
}

fn guide_file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a dropped file, refusing anything larger than a pack picture may be.
fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > crate::shots::MAX_DECODE_BYTES {
        return Err(tr!(
            author_picture_too_large,
            size = size,
            limit = crate::shots::MAX_DECODE_BYTES
        ));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
        .ok_or_else(|| tr!(author_picture_size_mismatch))?;
    let mut bytes = Vec::new();
    buffer
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// A safe file name for `assets/` (lower case, letters, digits and
/// dashes), not yet taken: `Screen Shot 1.PNG` -> `screen-shot-1.png`,
/// then `screen-shot-1-2.png`.
fn unique_asset_name(assets: &Path, name: &str, extension: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words: Vec<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut base = words.join("-");
    base.truncate(60);
    if base.is_empty() {
        base = "picture".to_owned();
    }
    let extension = if extension == "jpeg" {
        "jpg"
    } else {
        extension
    };
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{base}.{extension}")
            } else {
                format!("{base}-{n}.{extension}")
            }
        })
        .find(|candidate| !assets.join(candidate).exists())
        .unwrap_or_else(|| format!("{base}.{extension}"))
}

/// A node id from the picture's name, not yet used in the guide.
fn unique_node_id(guide: &crate::guide::model::Guide, image: &str) -> String {
    let base = Path::new(image)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "step".to_owned());
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| guide.nodes.get(id).is_none())
        .unwrap_or(base)
}
