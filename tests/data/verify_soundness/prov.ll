;; pair: store of p round-tripped through an integer in place of p
;; expect: wrong
;; source
define void @f(ptr %p, ptr %out) {
  store ptr %p, ptr %out
  ret void
}
;; target
define void @f(ptr %p, ptr %out) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  store ptr %r, ptr %out
  ret void
}

;; pair: call with p round-tripped through an integer in place of p
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  call void @g(ptr %r)
  ret void
}

;; pair: load through q, target loads through p + (q - p)
;; expect: wrong
;; source
define i8 @f(ptr %p, ptr %q) {
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
define i8 @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  %v = load i8, ptr %r
  ret i8 %v
}

;; pair: load through p + (q - p), target loads through q (q may be out of its own object but inside p's)
;; expect: wrong
;; source
define i8 @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  %v = load i8, ptr %r
  ret i8 %v
}
;; target
define i8 @f(ptr %p, ptr %q) {
  %v = load i8, ptr %q
  ret i8 %v
}

;; pair: icmp of p + (q - p) with q is true (addresses only)
;; expect: proved
;; source
define i1 @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  %c = icmp eq ptr %r, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p, ptr %q) {
  ret i1 true
}

;; pair: select(p == q, p, q) is not q (provenance)
;; expect: wrong
;; source
define ptr @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  %s = select i1 %c, ptr %p, ptr %q
  ret ptr %s
}
;; target
define ptr @f(ptr %p, ptr %q) {
  ret ptr %q
}

;; pair: select(p == q, q, q) is q
;; expect: proved
;; source
define ptr @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  %s = select i1 %c, ptr %q, ptr %q
  ret ptr %s
}
;; target
define ptr @f(ptr %p, ptr %q) {
  ret ptr %q
}

;; pair: store through inttoptr(ptrtoint p + 4), target stores through gep p, 4 (one-past-end may be another object)
;; expect: wrong
;; source
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %j = add i64 %i, 4
  %r = inttoptr i64 %j to ptr
  store i8 1, ptr %r
  ret void
}
;; target
define void @f(ptr %p) {
  %r = getelementptr i8, ptr %p, i64 4
  store i8 1, ptr %r
  ret void
}

;; pair: store through gep p, 4, target stores through inttoptr(ptrtoint p + 4)
;; expect: right
;; source
define void @f(ptr %p) {
  %r = getelementptr i8, ptr %p, i64 4
  store i8 1, ptr %r
  ret void
}
;; target
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %j = add i64 %i, 4
  %r = inttoptr i64 %j to ptr
  store i8 1, ptr %r
  ret void
}

;; pair: pointer copied by load/store of ptr, target uses memcpy (keeps provenance)
;; expect: right
;; source
define void @f(ptr %dst, ptr %src) {
  %v = load ptr, ptr %src
  store ptr %v, ptr %dst
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %dst, ptr %src) {
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 8, i1 false)
  ret void
}

;; pair: bytes copied as i64, target uses memcpy (adds provenance: more defined)
;; expect: right
;; source
define void @f(ptr noalias %dst, ptr noalias %src) {
  %v = load i64, ptr %src
  store i64 %v, ptr %dst
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr noalias %dst, ptr noalias %src) {
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 8, i1 false)
  ret void
}

;; pair: pointer copied by memcpy, target copies it as a <2 x i32>
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %dst, ptr %src) {
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 8, i1 false)
  ret void
}
;; target
define void @f(ptr %dst, ptr %src) {
  %v = load <2 x i32>, ptr %src
  store <2 x i32> %v, ptr %dst
  ret void
}

;; pair: a local pointer slot written with p via memcpy from another slot, reloaded and returned, target returns inttoptr
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define ptr @f(ptr %p) {
  %a = alloca ptr
  %b = alloca ptr
  store ptr %p, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 8, i1 false)
  %r = load ptr, ptr %b
  ret ptr %r
}
;; target
define ptr @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  ret ptr %r
}

;; pair: a local pointer slot written with p via memcpy, reloaded and returned, target returns p
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define ptr @f(ptr %p) {
  %a = alloca ptr
  %b = alloca ptr
  store ptr %p, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 8, i1 false)
  %r = load ptr, ptr %b
  ret ptr %r
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: a pointer stored through a local as i64 then reloaded as ptr and returned, target returns p
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %a = alloca i64
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %a
  %r = load ptr, ptr %a
  ret ptr %r
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: gep from q by (p - q) returned in place of p
;; expect: wrong
;; source
define ptr @f(ptr %p, ptr %q) {
  ret ptr %p
}
;; target
define ptr @f(ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %pi, %qi
  %r = getelementptr inbounds i8, ptr %q, i64 %d
  ret ptr %r
}

;; pair: a pointer compare of inttoptr(ptrtoint p) and p is true
;; expect: right
;; source
define i1 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %r = inttoptr i64 %i to ptr
  %c = icmp eq ptr %r, %p
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 true
}
