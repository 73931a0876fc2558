//! A first-fit allocator over the heap the loader leaves after RW (the
//! image's `--rrld-heap-size` bytes).  Free blocks form a list in address
//! order, each holding its size and the next block in its first two words;
//! freed blocks merge with their neighbours.  Apps run single-threaded, so
//! the list head is a plain static in RW.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::{self, addr_of_mut};

/// Every block is a multiple of this and aligned to it (room for `Free`).
const UNIT: usize = 8;

#[repr(C)]
struct Free {
    size: usize,
    next: *mut Free,
}

static mut HEAD: *mut Free = ptr::null_mut();

fn align_up(v: usize, a: usize) -> usize {
    (v + a - 1) & !(a - 1)
}

/// Called once at start-up, before main.
pub(crate) unsafe fn init(start: usize, end: usize) {
    let s = align_up(start, UNIT);
    let e = end & !(UNIT - 1);
    if start != 0 && e > s {
        let b = s as *mut Free;
        (*b).size = e - s;
        (*b).next = ptr::null_mut();
        *addr_of_mut!(HEAD) = b;
    }
}

fn block_size(l: Layout) -> usize {
    align_up(l.size().max(UNIT), UNIT)
}

pub struct Heap;

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let size = block_size(l);
        let align = l.align().max(UNIT);
        let mut link: *mut *mut Free = addr_of_mut!(HEAD);
        while !(*link).is_null() {
            let b = *link;
            let start = b as usize;
            let end = start + (*b).size;
            let a = align_up(start, align);
            if a < end && end - a >= size {
                // Take [a, a + size); what is left before and after stays
                // free, in the same place in the list.
                *link = (*b).next;
                if a > start {
                    let f = start as *mut Free;
                    (*f).size = a - start;
                    (*f).next = *link;
                    *link = f;
                    link = addr_of_mut!((*f).next);
                }
                if end > a + size {
                    let k = (a + size) as *mut Free;
                    (*k).size = end - a - size;
                    (*k).next = *link;
                    *link = k;
                }
                return a as *mut u8;
            }
            link = addr_of_mut!((*b).next);
        }
        ptr::null_mut()
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        let size = block_size(l);
        let start = p as usize;
        let mut prev: *mut Free = ptr::null_mut();
        let mut cur = *addr_of_mut!(HEAD);
        while !cur.is_null() && (cur as usize) < start {
            prev = cur;
            cur = (*cur).next;
        }
        let b = start as *mut Free;
        (*b).size = size;
        (*b).next = cur;
        if !cur.is_null() && start + size == cur as usize {
            (*b).size += (*cur).size;
            (*b).next = (*cur).next;
        }
        if prev.is_null() {
            *addr_of_mut!(HEAD) = b;
        } else {
            (*prev).next = b;
            if prev as usize + (*prev).size == start {
                (*prev).size += (*b).size;
                (*prev).next = (*b).next;
            }
        }
    }
}

#[global_allocator]
static HEAP: Heap = Heap;

/// Free heap bytes, in blocks (for tests: all of it again once everything
/// is dropped).
pub fn free_bytes() -> usize {
    let mut n = 0;
    // SAFETY: single-threaded; the list is only changed by alloc/dealloc.
    unsafe {
        let mut cur = *addr_of_mut!(HEAD);
        while !cur.is_null() {
            n += (*cur).size;
            cur = (*cur).next;
        }
    }
    n
}
