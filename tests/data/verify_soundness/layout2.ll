;; pair: i32:64 alignment spec: i32 load at offset 4 without align is misaligned (UB)
;; expect: right
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca { i8, i32 }
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

;; pair: i32:64 alignment spec: the i32 field is at offset 8
;; expect: proved
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca { i8, i32 }
  %p = getelementptr { i8, i32 }, ptr %a, i32 0, i32 1
  store i32 %x, ptr %p
  %q = getelementptr i8, ptr %a, i64 8
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: layout "e-E": the later E makes it big-endian, target uses little-endian byte order
;; expect: wrong
;; source
target datalayout = "e-E"
define i8 @f() {
  %a = alloca i16
  store i16 258, ptr %a
  %v = load i8, ptr %a
  ret i8 %v
}
;; target
target datalayout = "e-E"
define i8 @f() {
  ret i8 2
}

;; pair: layout "p:64:64-p:32:32": the later spec wins, 32-bit pointers
;; expect: wrong
;; source
target datalayout = "e-p:64:64-p:32:32"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967296
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:64:64-p:32:32"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: layout "p0:32:32": address space 0 pointers 32 bits
;; expect: wrong
;; source
target datalayout = "e-p0:32:32"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967296
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p0:32:32"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: layout with a 32-bit index width "p:64:64:64:32": gep offsets wrap at 2^32
;; expect: wrong
;; source
target datalayout = "e-p:64:64:64:32"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967296
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:64:64:64:32"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: addrspace(1) pointer 32 bits via p1:32:32, gep wraps
;; expect: wrong
;; source
target datalayout = "e-p1:32:32"
define i1 @f(ptr addrspace(1) %p) {
  %q = getelementptr i8, ptr addrspace(1) %p, i64 4294967296
  %c = icmp eq ptr addrspace(1) %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p1:32:32"
define i1 @f(ptr addrspace(1) %p) {
  ret i1 false
}

;; pair: addrspace(1) pointer 32 bits: ptrtoint to i64 high bits zero
;; expect: wrong
;; source
target datalayout = "e-p1:32:32"
define i64 @f(ptr addrspace(1) %p) {
  %i = ptrtoint ptr addrspace(1) %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-p1:32:32"
define i64 @f(ptr addrspace(1) %p) {
  %i = ptrtoint ptr addrspace(1) %p to i64
  %j = or i64 %i, 4294967296
  ret i64 %j
}

;; pair: i64:32 spec: {i32, i64} field at offset 4
;; expect: proved
;; source
target datalayout = "e-i64:32"
define i64 @f() {
  %p = getelementptr { i32, i64 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:32"
define i64 @f() {
  ret i64 4
}

;; pair: f64:32 spec: {i32, double} double at offset 4, target says 8
;; expect: wrong
;; source
target datalayout = "e-f64:32"
define i64 @f() {
  %p = getelementptr { i32, double }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f64:32"
define i64 @f() {
  ret i64 8
}

;; pair: v64:32 spec: {i32, <2 x i32>} vector at offset 4
;; expect: proved
;; source
target datalayout = "e-v64:32"
define i64 @f() {
  %p = getelementptr { i32, <2 x i32> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-v64:32"
define i64 @f() {
  ret i64 4
}

;; pair: no layout: <2 x i32> in a struct after an i32 is at offset 8 (vector naturally aligned)
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i32, <2 x i32> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 4
}

;; pair: a:32 aggregate alignment: [1 x {i8}] stride... {i8} array of 2, second at offset 4
;; expect: wrong
;; source
target datalayout = "e-a:32"
define i64 @f() {
  %p = getelementptr [2 x { i8 }], ptr null, i64 0, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-a:32"
define i64 @f() {
  ret i64 1
}

;; pair: f80:128 spec: x86_fp80 array stride 16
;; expect: proved
;; source
target datalayout = "e-f80:128"
define i64 @f() {
  %p = getelementptr x86_fp80, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f80:128"
define i64 @f() {
  ret i64 16
}

;; pair: f80:32 spec: x86_fp80 array stride 12, target says 16
;; expect: wrong
;; source
target datalayout = "e-f80:32"
define i64 @f() {
  %p = getelementptr x86_fp80, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f80:32"
define i64 @f() {
  ret i64 16
}

;; pair: i128:128 spec: {i8, i128} i128 at offset 16
;; expect: proved
;; source
target datalayout = "e-i128:128"
define i64 @f() {
  %p = getelementptr { i8, i128 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i128:128"
define i64 @f() {
  ret i64 16
}
