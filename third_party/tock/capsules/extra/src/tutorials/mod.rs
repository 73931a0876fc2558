// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2023.

pub mod encryption_oracle_chkpt0;
#[allow(dead_code)]
pub mod encryption_oracle_chkpt1;
#[allow(dead_code)]
pub mod encryption_oracle_chkpt2;
#[allow(dead_code)]
pub mod encryption_oracle_chkpt3;
#[allow(dead_code, unused_variables, unused_mut)]
pub mod encryption_oracle_chkpt4;
#[allow(dead_code)]
pub mod encryption_oracle_chkpt5;
