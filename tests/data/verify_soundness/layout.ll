;; pair: no datalayout: {i32, i64} field 1 is at offset 4 (i64:32:64 default), target says 8
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr {i32, i64}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: no datalayout: {i32, i64} field 1 is at offset 4
;; expect: right
;; source
define ptr @f(ptr %p) {
  %q = getelementptr {i32, i64}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: no datalayout: load i64 field of {i32,i64} stored struct, target loads offset 8
;; expect: wrong
;; source
define i64 @f(ptr %p) {
  %q = getelementptr {i32, i64}, ptr %p, i64 0, i32 1
  %v = load i64, ptr %q, align 4
  ret i64 %v
}
;; target
define i64 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  %v = load i64, ptr %q, align 4
  ret i64 %v
}

;; pair: no datalayout: array of {i64, i32} has stride 12, target uses 16
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr {i64, i32}, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: explicit datalayout i64:32: {i32, i64} field 1 at offset 4, target says 8
;; expect: wrong
;; source
target datalayout = "e-i64:32-p:64:64"
define ptr @f(ptr %p) {
  %q = getelementptr {i32, i64}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-i64:32-p:64:64"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: x86-64 datalayout: {i8, i128} field 1 at offset 16
;; expect: right
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, i128}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: no datalayout: {i8, i128} field 1 at offset 4 (largest listed integer alignment), target says 16
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr {i8, i128}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: datalayout i32:64: {i8, i32} field 1 at offset 8, target says 4
;; expect: wrong
;; source
target datalayout = "e-i32:64"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, i32}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-i32:64"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: datalayout with pointer size 64 but f64:32 : {i8, double} field at 4, target says 8
;; expect: wrong
;; source
target datalayout = "e-f64:32:64"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, double}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-f64:32:64"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: datalayout a:64 aggregates aligned to 8: {i8} inside {i8, {i8}} at offset 8
;; expect: wrong
;; source
target datalayout = "e-a:64"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, {i8}}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-a:64"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  ret ptr %q
}

;; pair: no datalayout: alloca of {i32, i64} is 12 bytes, store at offset 12 is out of bounds (source UB, any target)
;; expect: right
;; source
define i8 @f() {
  %a = alloca {i32, i64}, align 8
  %q = getelementptr i8, ptr %a, i64 12
  store i8 1, ptr %q, align 1
  %v = load i8, ptr %q, align 1
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 1
}

;; pair: pre-LLVM-18 x86-64 datalayout (no i128:128): {i8, i128} field 1 at offset 8, target says 16
;; expect: wrong
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, i128}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: pointer ABI alignment 4 (p:64:32): {i32, ptr} field 1 at offset 4, target says 8
;; expect: wrong
;; source
target datalayout = "e-p:64:32"
define ptr @f(ptr %p) {
  %q = getelementptr {i32, ptr}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-p:64:32"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: v128:64: {i8, <4 x i32>} field 1 at offset 8, target says 16
;; expect: wrong
;; source
target datalayout = "e-v128:64"
define ptr @f(ptr %p) {
  %q = getelementptr {i8, <4 x i32>}, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-v128:64"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: x86_fp80 default (no f80 spec): alloc size 16 with f80:128; stride of x86_fp80 array under default layout
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr x86_fp80, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 10
  ret ptr %q
}

;; pair: alloca of i64 in a no-datalayout module is 4-aligned: a load align 8 from it may be UB; target keeps it
;; expect: right
;; source
define i64 @f() {
  %a = alloca i64
  store i64 1, ptr %a, align 4
  %v = load i64, ptr %a, align 4
  ret i64 %v
}
;; target
define i64 @f() {
  ret i64 1
}
