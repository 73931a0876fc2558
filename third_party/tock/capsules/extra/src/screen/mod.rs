// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2025.

pub mod screen;
pub mod screen_adapters;
pub mod screen_on_led;
pub mod screen_shared;
