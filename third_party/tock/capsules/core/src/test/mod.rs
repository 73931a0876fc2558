// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2022.

pub mod alarm;
pub mod alarm_edge_cases;
pub mod capsule_test;
pub mod double_grant_entry;
pub mod random_alarm;
pub mod random_timer;
pub mod rng;
pub mod virtual_rng;
pub mod virtual_uart;
