//! The app's state and its one screen for now: the pack's scenarios on the
//! home screen, and a plain walk through the chosen guide.

use egui::RichText;

use crate::guide::model::Node;
use crate::guide::walk::{Command, Walk};
use crate::guide::{self, Pack, PackSource, Problem};

/// The whole app: the loaded pack and where the user is.
pub struct StepwiseApp {
    pack: Pack,
    problems: Vec<Problem>,
    walk: Option<Walk>,
}

/// What a frame asked for; applied once, after drawing.
#[must_use]
enum Action {
    None,
    Open(String),
    Walk(Command),
    Home,
}

impl StepwiseApp {
    /// Loads and checks the pack.
    pub fn new(source: PackSource) -> StepwiseApp {
        let (pack, problems) = guide::check(source);
        StepwiseApp {
            pack,
            problems,
            walk: None,
        }
    }

    /// Draws the app into `ui`.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        let action = egui::CentralPanel::default_margins()
            .show(ui, |ui| match &self.walk {
                None => self.home_ui(ui),
                Some(walk) => walk_ui(ui, &self.pack, walk),
            })
            .inner;
        self.apply(action);
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::None => {}
            Action::Home => self.walk = None,
            Action::Open(scenario) => self.walk = Walk::begin_scenario(&self.pack, &scenario).ok(),
            Action::Walk(command) => {
                if let Some(walk) = &mut self.walk {
                    // A command that does not apply here just does nothing.
                    let _ = walk.apply(&self.pack, command);
                }
            }
        }
    }

    fn home_ui(&self, ui: &mut egui::Ui) -> Action {
        let mut action = Action::None;
        ui.add_space(8.0);
        ui.label(RichText::new(&self.pack.manifest.title).weak());
        ui.heading(RichText::new("What do you need help with?").size(26.0));
        ui.add_space(12.0);
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        if errors > 0 {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("This pack has {errors} problem(s); run `stepwise check` for details."),
            );
            ui.add_space(8.0);
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for scenario in &self.pack.manifest.scenarios {
                let button = egui::Button::new(RichText::new(&scenario.title).size(17.0))
                    .min_size(egui::vec2(ui.available_width().min(560.0), 40.0));
                if ui.add(button).clicked() {
                    action = Action::Open(scenario.id.clone());
                }
                if !scenario.description.is_empty() {
                    ui.label(RichText::new(&scenario.description).weak());
                }
                ui.add_space(10.0);
            }
        });
        action
    }
}

fn walk_ui(ui: &mut egui::Ui, pack: &Pack, walk: &Walk) -> Action {
    let mut action = Action::None;
    if ui.button("Home").clicked() {
        action = Action::Home;
    }
    let progress = walk.progress(pack);
    ui.label(format!(
        "Step {} of {}",
        (progress.done + 1).min(progress.total().max(1)),
        progress.total().max(1)
    ));
    ui.add_space(8.0);
    let Some(node) = walk.node(pack) else {
        ui.label("This step is missing from the pack.");
        return action;
    };
    ui.heading(node.title());
    match node {
        Node::Step(step) => {
            ui.label(step.text.replace("**", ""));
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!walk.history.is_empty(), egui::Button::new("Back"))
                    .clicked()
                {
                    action = Action::Walk(Command::Back);
                }
                if step.next.is_some() && ui.button("Done, next step").clicked() {
                    action = Action::Walk(Command::Next);
                }
                if let Some(stuck) = &step.stuck
                    && ui.button(&stuck.label).clicked()
                {
                    action = Action::Walk(Command::Stuck);
                }
            });
        }
        Node::Question(question) => {
            for (i, option) in question.options.iter().enumerate() {
                if ui.button(&option.label).clicked() {
                    action = Action::Walk(Command::Choose(i));
                }
            }
        }
        Node::Outcome(outcome) => {
            ui.label(&outcome.text);
            for tip in &outcome.tips {
                ui.label(format!("• {tip}"));
            }
            if ui.button("Start over").clicked() {
                action = Action::Walk(Command::Restart);
            }
        }
    }
    action
}

impl eframe::App for StepwiseApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }
}
