;; pair: p:32: ptrtoint to i64 has zero high bits
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i64 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %h = lshr i64 %i, 32
  ret i64 %h
}
;; target
target datalayout = "e-p:32:32"
define i64 @f(ptr %p) {
  ret i64 0
}

;; pair: p:64 default: ptrtoint high bits are not zero
;; expect: wrong
;; source
target datalayout = "e-p:64:64"
define i64 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %h = lshr i64 %i, 32
  ret i64 %h
}
;; target
target datalayout = "e-p:64:64"
define i64 @f(ptr %p) {
  ret i64 0
}

;; pair: p:32: gep by 2^32+1 equals gep by 1 (loaded)
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i8 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4294967297
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
target datalayout = "e-p:32:32"
define i8 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %v = load i8, ptr %q
  ret i8 %v
}

;; pair: p:16: gep by 65536 is p
;; expect: right
;; source
target datalayout = "e-p:16:16"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i32 65536
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:16:16"
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: p:16: gep by 65536 is not different from p
;; expect: wrong
;; source
target datalayout = "e-p:16:16"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i32 65536
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:16:16"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: p:8: gep by 256 wraps to p
;; expect: right
;; source
target datalayout = "e-p:8:8"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i32 256
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:8:8"
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: p:8: gep by 256 is not p says the target
;; expect: wrong
;; source
target datalayout = "e-p:8:8"
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i32 256
  %c = icmp eq ptr %q, %p
  ret i1 %c
}
;; target
target datalayout = "e-p:8:8"
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: p:32: ptrtoint to i32 of p+1 is ptrtoint + 1 mod 2^32 (0xFFFFFFFF + 1 = 0)
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i32 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i32 1
  %i = ptrtoint ptr %q to i32
  ret i32 %i
}
;; target
target datalayout = "e-p:32:32"
define i32 @f(ptr %p) {
  %i = ptrtoint ptr %p to i32
  %j = add i32 %i, 1
  ret i32 %j
}

;; pair: p:32: ptr stored takes 4 bytes, the following i32 slot is untouched
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i32 @f(ptr %p) {
  %a = alloca [2 x i32]
  %b = getelementptr i8, ptr %a, i32 4
  store i32 7, ptr %b
  store ptr %p, ptr %a
  %v = load i32, ptr %b
  ret i32 %v
}
;; target
target datalayout = "e-p:32:32"
define i32 @f(ptr %p) {
  ret i32 7
}

;; pair: p:64 layout: a ptr store takes 8 bytes and clobbers the next i32 slot
;; expect: wrong
;; source
target datalayout = "e-p:64:64"
define i32 @f(ptr %p) {
  %a = alloca [3 x i32], align 8
  %b = getelementptr i8, ptr %a, i32 4
  store i32 7, ptr %b
  store ptr %p, ptr %a
  %v = load i32, ptr %b
  ret i32 %v
}
;; target
target datalayout = "e-p:64:64"
define i32 @f(ptr %p) {
  ret i32 7
}

;; pair: big-endian: store i16 0x0102, first byte is 1
;; expect: right
;; source
target datalayout = "E"
define i8 @f() {
  %a = alloca i16
  store i16 258, ptr %a
  %v = load i8, ptr %a
  ret i8 %v
}
;; target
target datalayout = "E"
define i8 @f() {
  ret i8 1
}

;; pair: big-endian: store i64, i32 at offset 4 is the low half; target returns high half
;; expect: wrong
;; source
target datalayout = "E"
define i32 @f(i64 %x) {
  %a = alloca i64
  store i64 %x, ptr %a
  %p = getelementptr i8, ptr %a, i64 4
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
target datalayout = "E"
define i32 @f(i64 %x) {
  %h = lshr i64 %x, 32
  %t = trunc i64 %h to i32
  ret i32 %t
}

;; pair: big-endian: store i64, i32 at offset 4 is the low half
;; expect: right
;; source
target datalayout = "E"
define i32 @f(i64 %x) {
  %a = alloca i64
  store i64 %x, ptr %a
  %p = getelementptr i8, ptr %a, i64 4
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
target datalayout = "E"
define i32 @f(i64 %x) {
  %t = trunc i64 %x to i32
  ret i32 %t
}

;; pair: big-endian: store <2 x i8>, load i16 is lane0 << 8 | lane1
;; expect: right
;; source
target datalayout = "E"
define i16 @f(<2 x i8> %v) {
  %a = alloca i16
  store <2 x i8> %v, ptr %a
  %r = load i16, ptr %a
  ret i16 %r
}
;; target
target datalayout = "E"
define i16 @f(<2 x i8> %v) {
  %r = bitcast <2 x i8> %v to i16
  ret i16 %r
}

;; pair: big-endian caller memory: store i32 into p, byte 3 is the low byte; target writes LE order bytes
;; expect: wrong
;; source
target datalayout = "E"
define void @f(ptr %p, i32 %x) {
  store i32 %x, ptr %p, align 1
  ret void
}
;; target
target datalayout = "E"
define void @f(ptr %p, i32 %x) {
  %b0 = trunc i32 %x to i8
  store i8 %b0, ptr %p
  %s1 = lshr i32 %x, 8
  %b1 = trunc i32 %s1 to i8
  %p1 = getelementptr i8, ptr %p, i64 1
  store i8 %b1, ptr %p1
  %s2 = lshr i32 %x, 16
  %b2 = trunc i32 %s2 to i8
  %p2 = getelementptr i8, ptr %p, i64 2
  store i8 %b2, ptr %p2
  %s3 = lshr i32 %x, 24
  %b3 = trunc i32 %s3 to i8
  %p3 = getelementptr i8, ptr %p, i64 3
  store i8 %b3, ptr %p3
  ret void
}

;; pair: big-endian caller memory: store i32 as four bytes, most significant first
;; expect: right
;; source
target datalayout = "E"
define void @f(ptr %p, i32 %x) {
  store i32 %x, ptr %p, align 1
  ret void
}
;; target
target datalayout = "E"
define void @f(ptr %p, i32 %x) {
  %b3 = trunc i32 %x to i8
  %p3 = getelementptr i8, ptr %p, i64 3
  store i8 %b3, ptr %p3
  %s1 = lshr i32 %x, 8
  %b2 = trunc i32 %s1 to i8
  %p2 = getelementptr i8, ptr %p, i64 2
  store i8 %b2, ptr %p2
  %s2 = lshr i32 %x, 16
  %b1 = trunc i32 %s2 to i8
  %p1 = getelementptr i8, ptr %p, i64 1
  store i8 %b1, ptr %p1
  %s3 = lshr i32 %x, 24
  %b0 = trunc i32 %s3 to i8
  store i8 %b0, ptr %p
  ret void
}

;; pair: big-endian constant global: the first byte of i32 0x11223344 is 0x11
;; expect: right
;; source
target datalayout = "E"
@g = internal constant i32 287454020
define i8 @f() {
  %v = load i8, ptr @g
  ret i8 %v
}
;; target
target datalayout = "E"
@g = internal constant i32 287454020
define i8 @f() {
  ret i8 17
}

;; pair: big-endian constant global: the first byte is not 0x44
;; expect: wrong
;; source
target datalayout = "E"
@g = internal constant i32 287454020
define i8 @f() {
  %v = load i8, ptr @g
  ret i8 %v
}
;; target
target datalayout = "E"
@g = internal constant i32 287454020
define i8 @f() {
  ret i8 68
}

;; pair: big-endian float stored: first byte holds the sign; -0.0 gives 0x80
;; expect: right
;; source
target datalayout = "E"
define i8 @f() {
  %a = alloca float
  store float -0.0, ptr %a
  %v = load i8, ptr %a
  ret i8 %v
}
;; target
target datalayout = "E"
define i8 @f() {
  ret i8 -128
}

;; pair: big-endian i16 stored in an i32 slot at offset 2, i32 reload is the low half
;; expect: wrong
;; source
target datalayout = "E"
define i32 @f(i16 %x) {
  %a = alloca i32
  store i32 0, ptr %a
  %p = getelementptr i8, ptr %a, i64 2
  store i16 %x, ptr %p
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
target datalayout = "E"
define i32 @f(i16 %x) {
  %z = zext i16 %x to i32
  %s = shl i32 %z, 16
  ret i32 %s
}

;; pair: big-endian i16 stored in an i32 slot at offset 2 is its low half
;; expect: right
;; source
target datalayout = "E"
define i32 @f(i16 %x) {
  %a = alloca i32
  store i32 0, ptr %a
  %p = getelementptr i8, ptr %a, i64 2
  store i16 %x, ptr %p
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
target datalayout = "E"
define i32 @f(i16 %x) {
  %z = zext i16 %x to i32
  ret i32 %z
}

;; pair: i16:8 alignment spec: {i8, i16} places the i16 at offset 1
;; expect: proved
;; source
target datalayout = "e-i16:8"
define i8 @f(i16 %x) {
  %a = alloca { i8, i16 }
  %p = getelementptr { i8, i16 }, ptr %a, i32 0, i32 1
  store i16 %x, ptr %p
  %q = getelementptr i8, ptr %a, i64 1
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
target datalayout = "e-i16:8"
define i8 @f(i16 %x) {
  %t = trunc i16 %x to i8
  ret i8 %t
}

;; pair: i32:64 alignment spec: the i32 load at offset 4 without align is misaligned (ABI align 8): UB
;; expect: right
;; source
target datalayout = "e-i32:64"
define i32 @f(i32 %x) {
  %a = alloca { i8, i32 }
  store { i8, i32 } zeroinitializer, ptr %a
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

;; pair: i32:64 alignment: size of {i8, i32} via gep from null is 16
;; expect: proved
;; source
target datalayout = "e-i32:64"
define i64 @f() {
  %p = getelementptr { i8, i32 }, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i32:64"
define i64 @f() {
  ret i64 16
}

;; pair: p:32:32 then struct {i8, ptr}: the ptr at offset 4, total 8
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i32 @f() {
  %p = getelementptr { i8, ptr }, ptr null, i32 1
  %i = ptrtoint ptr %p to i32
  ret i32 %i
}
;; target
target datalayout = "e-p:32:32"
define i32 @f() {
  ret i32 8
}

;; pair: p:32: a ptr vector of 2 stored takes 8 bytes
;; expect: right
;; source
target datalayout = "e-p:32:32"
define i32 @f() {
  %p = getelementptr [2 x ptr], ptr null, i32 1
  %i = ptrtoint ptr %p to i32
  ret i32 %i
}
;; target
target datalayout = "e-p:32:32"
define i32 @f() {
  ret i32 8
}
