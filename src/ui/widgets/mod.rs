//! Building blocks the screens share: the annotated screenshot and its zoom
//! view, painted icons, buttons and cards, instruction text.

pub mod annotated_image;
pub mod cards;
pub mod column;
pub mod hover;
pub mod icons;
pub mod text;
pub mod zoom;
