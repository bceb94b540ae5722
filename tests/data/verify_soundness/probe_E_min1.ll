;; pair: i32:64: store to field 1 of an alloca {i8, i32} and reload, target returns 0
;; expect: wrong
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca { i8, i32 }
  %p = getelementptr { i8, i32 }, ptr %a, i32 0, i32 1
  store i32 %x, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: i32:64: alloca i32 then store at 0 and reload, target returns 0
;; expect: wrong
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca i32
  store i32 %x, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: i32:64: the i32 load at offset 4 without align is misaligned (ABI align 8): UB
;; expect: right
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca [2 x i64]
  store i64 0, ptr %a
  %p = getelementptr { i8, i32 }, ptr %a, i32 0, i32 1
  store i32 %x, ptr %p
  %q = getelementptr i8, ptr %a, i64 4
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: f80:32: x86_fp80 stored at index 1 of a local array and reloaded at byte offset 12
;; expect: proved
;; source
target datalayout = "e-f80:32"
define x86_fp80 @f(x86_fp80 %x) {
  %a = alloca [2 x x86_fp80]
  %p = getelementptr x86_fp80, ptr %a, i64 1
  store x86_fp80 %x, ptr %p
  %q = getelementptr i8, ptr %a, i64 12
  %v = load x86_fp80, ptr %q
  ret x86_fp80 %v
}
;; target
target datalayout = "e-f80:32"
define x86_fp80 @f(x86_fp80 %x) {
  ret x86_fp80 %x
}

;; pair: f80:32: a global [2 x x86_fp80] second element at offset 12 (target folds to the first element... wrong)
;; expect: wrong
;; source
target datalayout = "e-f80:32"
@g = internal constant [2 x x86_fp80] [x86_fp80 0xK3FFF8000000000000000, x86_fp80 0xK40008000000000000000]
define i16 @f() {
  %q = getelementptr i8, ptr @g, i64 20
  %v = load i16, ptr %q
  ret i16 %v
}
;; target
target datalayout = "e-f80:32"
@g = internal constant [2 x x86_fp80] [x86_fp80 0xK3FFF8000000000000000, x86_fp80 0xK40008000000000000000]
define i16 @f() {
  ret i16 0
}
