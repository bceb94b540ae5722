;; pair: layout e-f16:32: half alloc size is 4 (lli), target returns 4
;; expect: proved
;; source
target datalayout = "e-f16:32"
define i64 @f() {
  %p = getelementptr half, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f16:32"
define i64 @f() {
  ret i64 4
}

;; pair: layout e-f16:32: half alloc size is 4 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e-f16:32"
define i64 @f() {
  %p = getelementptr half, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f16:32"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-f32:64: float alloc size is 8 (lli), target returns 8
;; expect: proved
;; source
target datalayout = "e-f32:64"
define i64 @f() {
  %p = getelementptr float, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f32:64"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-f32:64: float alloc size is 8 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-f32:64"
define i64 @f() {
  %p = getelementptr float, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f32:64"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-f128:64: fp128 alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-f128:64"
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f128:64"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-f128:64: fp128 alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-f128:64"
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f128:64"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-i1:16: i1 alloc size is 2 (lli), target returns 2
;; expect: proved
;; source
target datalayout = "e-i1:16"
define i64 @f() {
  %p = getelementptr i1, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i1:16"
define i64 @f() {
  ret i64 2
}

;; pair: layout e-i1:16: i1 alloc size is 2 (lli), target returns 6
;; expect: wrong
;; source
target datalayout = "e-i1:16"
define i64 @f() {
  %p = getelementptr i1, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i1:16"
define i64 @f() {
  ret i64 6
}

;; pair: layout e-i32:64: i24 alloc size is 8 (lli), target returns 8
;; expect: proved
;; source
target datalayout = "e-i32:64"
define i64 @f() {
  %p = getelementptr i24, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i32:64"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-i32:64: i24 alloc size is 8 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i32:64"
define i64 @f() {
  %p = getelementptr i24, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i32:64"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-i64:128: i48 alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-i64:128"
define i64 @f() {
  %p = getelementptr i48, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:128"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-i64:128: i48 alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i64:128"
define i64 @f() {
  %p = getelementptr i48, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:128"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-f16:32: bfloat alloc size is 4 (lli), target returns 4
;; expect: proved
;; source
target datalayout = "e-f16:32"
define i64 @f() {
  %p = getelementptr bfloat, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f16:32"
define i64 @f() {
  ret i64 4
}

;; pair: layout e-f16:32: bfloat alloc size is 4 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e-f16:32"
define i64 @f() {
  %p = getelementptr bfloat, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f16:32"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-f128:32: fp128 alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-f128:32"
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f128:32"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-f128:32: fp128 alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-f128:32"
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f128:32"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-i128:32: i128 alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-i128:32"
define i64 @f() {
  %p = getelementptr i128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i128:32"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-i128:32: i128 alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i128:32"
define i64 @f() {
  %p = getelementptr i128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i128:32"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-i16:32: i9 alloc size is 4 (lli), target returns 4
;; expect: proved
;; source
target datalayout = "e-i16:32"
define i64 @f() {
  %p = getelementptr i9, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i16:32"
define i64 @f() {
  ret i64 4
}

;; pair: layout e-i16:32: i9 alloc size is 4 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e-i16:32"
define i64 @f() {
  %p = getelementptr i9, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i16:32"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-i256:32: i200 alloc size is 28 (lli), target returns 28
;; expect: proved
;; source
target datalayout = "e-i256:32"
define i64 @f() {
  %p = getelementptr i200, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i256:32"
define i64 @f() {
  ret i64 28
}

;; pair: layout e-i256:32: i200 alloc size is 28 (lli), target returns 24
;; expect: wrong
;; source
target datalayout = "e-i256:32"
define i64 @f() {
  %p = getelementptr i200, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i256:32"
define i64 @f() {
  ret i64 24
}

;; pair: layout e-f64:128: double alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-f64:128"
define i64 @f() {
  %p = getelementptr double, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f64:128"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-f64:128: double alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-f64:128"
define i64 @f() {
  %p = getelementptr double, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f64:128"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-p:64:128: ptr alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-p:64:128"
define i64 @f() {
  %p = getelementptr ptr, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-p:64:128"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-p:64:128: ptr alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-p:64:128"
define i64 @f() {
  %p = getelementptr ptr, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-p:64:128"
define i64 @f() {
  ret i64 12
}

;; pair: layout e-v128:32: <3 x i32> alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-v128:32"
define i64 @f() {
  %p = getelementptr <3 x i32>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-v128:32"
define i64 @f() {
  ret i64 16
}

;; pair: layout e-v128:32: <3 x i32> alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-v128:32"
define i64 @f() {
  %p = getelementptr <3 x i32>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-v128:32"
define i64 @f() {
  ret i64 12
}

;; pair: layout e: <3 x i32> alloc size is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e"
define i64 @f() {
  %p = getelementptr <3 x i32>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e"
define i64 @f() {
  ret i64 16
}

;; pair: layout e: <3 x i32> alloc size is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e"
define i64 @f() {
  %p = getelementptr <3 x i32>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e"
define i64 @f() {
  ret i64 12
}

;; pair: layout e: <3 x i8> alloc size is 4 (lli), target returns 4
;; expect: proved
;; source
target datalayout = "e"
define i64 @f() {
  %p = getelementptr <3 x i8>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e"
define i64 @f() {
  ret i64 4
}

;; pair: layout e: <3 x i8> alloc size is 4 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e"
define i64 @f() {
  %p = getelementptr <3 x i8>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-i64:128: <1 x i64> alloc size is 8 (lli), target returns 8
;; expect: proved
;; source
target datalayout = "e-i64:128"
define i64 @f() {
  %p = getelementptr <1 x i64>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:128"
define i64 @f() {
  ret i64 8
}

;; pair: layout e-i64:128: <1 x i64> alloc size is 8 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i64:128"
define i64 @f() {
  %p = getelementptr <1 x i64>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:128"
define i64 @f() {
  ret i64 12
}

;; pair: layout p:64:128: ptr alloc size is 16 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e-p:64:128"
define i64 @f() {
  %p = getelementptr ptr, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-p:64:128"
define i64 @f() {
  ret i64 8
}

;; pair: layout p:64:128: {i8, ptr} places the ptr at offset 16, target says 8
;; expect: wrong
;; source
target datalayout = "e-p:64:128"
define i64 @f() {
  %p = getelementptr { i8, ptr }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-p:64:128"
define i64 @f() {
  ret i64 8
}

;; pair: layout p:64:128: store ptr into field 1 of {i8, ptr} alloca, byte offset 8 untouched
;; expect: wrong
;; source
target datalayout = "e-p:64:128"
define i64 @f(ptr %x) {
  %a = alloca { i8, ptr }
  %q = getelementptr i8, ptr %a, i64 8
  store i64 0, ptr %q, align 1
  %p = getelementptr { i8, ptr }, ptr %a, i64 0, i32 1
  store ptr %x, ptr %p
  %v = load i64, ptr %q, align 1
  ret i64 %v
}
;; target
target datalayout = "e-p:64:128"
define i64 @f(ptr %x) {
  %i = ptrtoint ptr %x to i64
  ret i64 %i
}
