//! tbf-parse TBF...: parses each TBF as a Tock kernel does when it loads
//! processes (tock_tbf::parse::parse_tbf_header_lengths, parse_tbf_header)
//! and walks its footers as the kernel's credentials checker does
//! (parse_tbf_footer over [binary_end, total_size)), then prints one
//! `key=value` per line.  A file the kernel's parser rejects prints
//! `error=...` and makes the exit status 1.

use std::process::ExitCode;
use tock_tbf::parse::{parse_tbf_footer, parse_tbf_header, parse_tbf_header_lengths};
use tock_tbf::types::{InitialTbfParseError, TbfFooterV2CredentialsType, TbfParseError};

fn parse(path: &str) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {}", path, e))?;
    // The kernel's slices are 'static (flash); so are these.
    let flash: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let first: &[u8; 8] = flash
        .get(0..8)
        .and_then(|s| s.try_into().ok())
        .ok_or("fewer than 8 bytes")?;
    let (version, header_len, total) = parse_tbf_header_lengths(first).map_err(|e| match e {
        InitialTbfParseError::UnableToParse => "lengths: UnableToParse".to_string(),
        InitialTbfParseError::InvalidHeader(len) => format!("lengths: InvalidHeader({})", len),
    })?;
    println!("version={}", version);
    println!("header_size={}", header_len);
    println!("total_size={}", total);
    if (total as usize) > flash.len() {
        return Err(format!("total_size {} past the file's {} bytes", total, flash.len()));
    }
    let header = &flash[..header_len as usize];
    let h = parse_tbf_header(header, version).map_err(|e| format!("header: {:?}", e))?;
    println!("is_app={}", h.is_app());
    println!("enabled={}", h.enabled());
    println!("protected_size={}", h.get_protected_size());
    println!("app_start_offset={}", h.get_app_start_offset());
    // Offset from the TBF start, as the kernel adds it to the flash start.
    println!("init_function_offset={}", h.get_init_function_offset());
    println!("minimum_ram_size={}", h.get_minimum_app_ram_size());
    println!("binary_end_offset={}", h.get_binary_end());
    println!("binary_version={}", h.get_binary_version());
    println!("package_name={}", h.get_package_name().unwrap_or(""));
    match h.get_kernel_version() {
        Some((major, minor)) => println!("kernel_version={}.{}", major, minor),
        None => println!("kernel_version=none"),
    }
    println!(
        "fixed_address_flash={}",
        h.get_fixed_address_flash().map_or("none".to_string(), |a| format!("{:#x}", a))
    );
    println!(
        "fixed_address_ram={}",
        h.get_fixed_address_ram().map_or("none".to_string(), |a| format!("{:#x}", a))
    );

    // ProcessBinary::create: the footers are [binary_end, total_size).
    let footers = flash
        .get(h.get_binary_end() as usize..total as usize)
        .ok_or("binary_end_offset past total_size (NotEnoughFlash)")?;
    let mut rest = footers;
    let mut n = 0;
    loop {
        match parse_tbf_footer(rest) {
            Ok((cred, len)) => {
                let name = match cred.format() {
                    TbfFooterV2CredentialsType::Reserved => "Reserved",
                    TbfFooterV2CredentialsType::Rsa3072Key => "Rsa3072Key",
                    TbfFooterV2CredentialsType::Rsa4096Key => "Rsa4096Key",
                    TbfFooterV2CredentialsType::SHA256 => "SHA256",
                    TbfFooterV2CredentialsType::SHA384 => "SHA384",
                    TbfFooterV2CredentialsType::SHA512 => "SHA512",
                    TbfFooterV2CredentialsType::EcdsaNistP256 => "EcdsaNistP256",
                };
                let data: String = cred.data().iter().map(|b| format!("{:02x}", b)).collect();
                println!("footer={} {} {}", name, len, data);
                n += 1;
                // As the checker steps: past the TLV header and its length.
                match rest.get(len as usize + 4..) {
                    Some(r) => rest = r,
                    None => return Err("footer length past total_size".into()),
                }
            }
            // The checker's PastLastFooter: fewer than 4 bytes left.
            Err(TbfParseError::NotEnoughFlash) => break,
            Err(e) => {
                // BadFooter ends the walk too; report what is left.
                println!("footer_end={:?} with {} bytes left", e, rest.len());
                break;
            }
        }
    }
    println!("footers={}", n);
    println!("footer_bytes_left={}", rest.len());
    Ok(())
}

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        println!("file={}", path);
        if let Err(e) = parse(&path) {
            println!("error={}", e);
            status = ExitCode::FAILURE;
        }
    }
    status
}
