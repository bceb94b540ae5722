; The data layout (LangRef "Data Layout"): `p:32:32` makes pointers, and the offsets getelementptr computes, 32 bits
; wide (an offset wraps at 2^32), and `E` makes memory big-endian (the first byte of an i32 is its most significant).
; A validator with 64-bit little-endian memory proves targets that are wrong under such a layout; the default layout
; (none given, or a little-endian one with 64-bit pointers) is the one modelled.

;; pair: 32-bit pointers: an offset of 2^32 wraps to the same address, target says it does not
;; expect: wrong
;; source
target datalayout = "e-p:32:32-i64:64-n32-S128"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967296
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:32:32-i64:64-n32-S128"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: 32-bit pointers: an offset of 2^32 wraps to the same address, target says it does
;; expect: right
;; source
target datalayout = "e-p:32:32-i64:64-n32-S128"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967296
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:32:32-i64:64-n32-S128"
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: big-endian: the first byte of a stored i32 is its most significant, target returns the least
;; expect: wrong
;; source
target datalayout = "E-m:e-p:64:64-i64:64-n32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  %b = load i8, ptr %p, align 1
  ret i8 %b
}
;; target
target datalayout = "E-m:e-p:64:64-i64:64-n32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  ret i8 4
}

;; pair: big-endian: the first byte of a stored i32 is its most significant, target returns it
;; expect: right
;; source
target datalayout = "E-m:e-p:64:64-i64:64-n32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  %b = load i8, ptr %p, align 1
  ret i8 %b
}
;; target
target datalayout = "E-m:e-p:64:64-i64:64-n32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  ret i8 1
}

;; pair: little-endian with 64-bit pointers (x86-64): the first byte of a stored i32 is its least significant
;; expect: proved
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  %b = load i8, ptr %p, align 1
  ret i8 %b
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  ret i8 4
}

;; pair: little-endian with 64-bit pointers, target returns the most significant byte
;; expect: refuted
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  %b = load i8, ptr %p, align 1
  ret i8 %b
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define i8 @f(ptr %p) {
  store i32 16909060, ptr %p, align 4
  ret i8 1
}
;; pair: no layout: i64 field of {i32, i64} at offset 4
;; expect: proved
;; source
%T = type { i32, i64 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds %T, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: no layout: i64 field of {i32, i64} is not at offset 8
;; expect: refuted
;; source
%T = type { i32, i64 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds %T, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: x86-64 layout: i64 field of {i32, i64} at offset 8
;; expect: proved
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
%T = type { i32, i64 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds %T, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: x86-64 layout: i64 field of {i32, i64} is not at offset 4
;; expect: refuted
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
%T = type { i32, i64 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds %T, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: no layout: i128 is 4-aligned, {i8, i128} stride 20
;; expect: proved
;; source
%T = type { i8, i128 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds %T, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 20
  ret ptr %q
}

;; pair: layout a:64 makes a struct 8-aligned, {i8} array stride 8
;; expect: proved
;; source
target datalayout = "e-a:64"
%T = type { i8 }
define ptr @f(ptr %p) {
  %q = getelementptr inbounds [4 x %T], ptr %p, i64 0, i64 1
  ret ptr %q
}
;; target
target datalayout = "e-a:64"
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 8
  ret ptr %q
}
