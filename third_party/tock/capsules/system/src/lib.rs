// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2024.

#![forbid(unsafe_code)]
#![no_std]

pub mod debug_writer;
pub mod process_checker;
pub mod process_policies;
pub mod process_printer;
pub mod scheduler;
pub mod storage_permissions;
pub mod syscall_filter;
pub mod virtual_scheduler_timer;
pub mod write_to_binary;
