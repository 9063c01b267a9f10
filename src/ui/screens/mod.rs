//! One file per screen. Each draws into an `egui::Ui` from what it is
//! given and returns the actions the person asked for; none of them
//! changes the app's state itself.

pub mod about;
pub mod editor;
pub mod help;
pub mod home;
pub mod map;
pub mod problems;
pub mod shelf;
pub mod walk;
