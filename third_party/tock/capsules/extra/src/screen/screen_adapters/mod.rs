// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2025.

//! Tools for adapting to different screen formats.

pub mod mono_vlsb;
mod utils;

pub use mono_vlsb::ScreenARGB8888ToMono8BitPage;
