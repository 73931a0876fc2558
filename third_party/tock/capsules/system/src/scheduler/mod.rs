// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2025.

pub mod cooperative;
pub mod mlfq;
pub mod priority;
pub mod round_robin;
