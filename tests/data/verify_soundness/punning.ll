;; pair: a pointer stored as i64 (ptrtoint) then reloaded as ptr and dereferenced, target dereferences p
;; expect: wrong
;; source
define i8 @f(ptr %p, ptr %m) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %m, align 8
  %q = load ptr, ptr %m, align 8
  %v = load i8, ptr %q, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr %p, ptr %m) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %m, align 8
  %v = load i8, ptr %p, align 1
  ret i8 %v
}

;; pair: a pointer stored, reloaded and dereferenced, target dereferences the original
;; expect: proved
;; source
define i8 @f(ptr %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  %q = load ptr, ptr %m, align 8
  %v = load i8, ptr %q, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  %v = load i8, ptr %p, align 1
  ret i8 %v
}

;; pair: a pointer stored into a local, memcpy'd into another local, reloaded and stored through
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %a = alloca ptr, align 8
  %b = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 8, i1 false)
  %q = load ptr, ptr %b, align 8
  store i32 7, ptr %q, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 7, ptr %p, align 4
  ret void
}

;; pair: a pointer stored into a local, memcpy'd, reloaded: target stores through p+4
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %a = alloca ptr, align 8
  %b = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 8, i1 false)
  %q = load ptr, ptr %b, align 8
  store i32 7, ptr %q, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  store i32 7, ptr %q, align 4
  ret void
}

;; pair: a pointer stored to a local and its two 4-byte halves swapped before reload: not the pointer
;; expect: wrong
;; source
define i64 @f(ptr %p) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  %lo = load i32, ptr %a, align 8
  %hp = getelementptr i8, ptr %a, i64 4
  %hi = load i32, ptr %hp, align 4
  store i32 %hi, ptr %a, align 8
  store i32 %lo, ptr %hp, align 4
  %q = load ptr, ptr %a, align 8
  %r = ptrtoint ptr %q to i64
  ret i64 %r
}
;; target
define i64 @f(ptr %p) {
  %r = ptrtoint ptr %p to i64
  ret i64 %r
}

;; pair: a pointer's bytes reloaded as i64 are its ptrtoint, target returns ptrtoint of p+0
;; expect: right
;; source
define i64 @f(ptr %p) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  %v = load i64, ptr %a, align 8
  ret i64 %v
}
;; target
define i64 @f(ptr %p) {
  %r = ptrtoint ptr %p to i64
  ret i64 %r
}

;; pair: a pointer's low byte reloaded as i8 is the low byte of its address
;; expect: right
;; source
define i8 @f(ptr %p) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  %v = load i8, ptr %a, align 8
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %r = ptrtoint ptr %p to i64
  %t = trunc i64 %r to i8
  ret i8 %t
}

;; pair: a pointer's second byte reloaded as i8, target returns the low byte
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  %b = getelementptr i8, ptr %a, i64 1
  %v = load i8, ptr %b, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %r = ptrtoint ptr %p to i64
  %t = trunc i64 %r to i8
  ret i8 %t
}

;; pair: a pointer argument stored to caller memory, target stores its ptrtoint as i64 (drops provenance seen by the caller)
;; expect: wrong
;; source
define void @f(ptr %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  ret void
}
;; target
define void @f(ptr %p, ptr %m) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %m, align 8
  ret void
}

;; pair: an i64 stored to caller memory, target stores it as inttoptr pointer
;; expect: wrong
;; source
define void @f(i64 %x, ptr %m) {
  store i64 %x, ptr %m, align 8
  ret void
}
;; target
define void @f(i64 %x, ptr %m) {
  %p = inttoptr i64 %x to ptr
  store ptr %p, ptr %m, align 8
  ret void
}

;; pair: a pointer loaded from caller memory and stored back unchanged is a no-op
;; expect: right
;; source
define void @f(ptr %m) {
  %p = load ptr, ptr %m, align 8
  store ptr %p, ptr %m, align 8
  ret void
}
;; target
define void @f(ptr %m) {
  ret void
}

;; pair: a pointer loaded from caller memory as i64 and stored back as i64: no-op (loses nothing? bytes are pointer bytes)
;; expect: wrong
;; source
define void @f(ptr %m) {
  ret void
}
;; target
define void @f(ptr %m) {
  %p = load i64, ptr %m, align 8
  store i64 %p, ptr %m, align 8
  ret void
}

;; pair: an i64 loaded and stored back as ptr (type punning through a ptr load adds provenance?), target drops the copy
;; expect: right
;; source
define void @f(ptr %m) {
  %p = load i64, ptr %m, align 8
  store i64 %p, ptr %m, align 8
  ret void
}
;; target
define void @f(ptr %m) {
  ret void
}

;; pair: select of two pointers, store through it; target stores through both
;; expect: wrong
;; source
define void @f(i1 %c, ptr %p, ptr %q) {
  %s = select i1 %c, ptr %p, ptr %q
  store i32 1, ptr %s, align 4
  ret void
}
;; target
define void @f(i1 %c, ptr %p, ptr %q) {
  store i32 1, ptr %p, align 4
  store i32 1, ptr %q, align 4
  ret void
}

;; pair: select of two argument pointers loaded; target loads both (q may be invalid)
;; expect: wrong
;; source
define i32 @f(i1 %c, ptr %p, ptr %q) {
  %s = select i1 %c, ptr %p, ptr %q
  %v = load i32, ptr %s, align 4
  ret i32 %v
}
;; target
define i32 @f(i1 %c, ptr %p, ptr %q) {
  %x = load i32, ptr %p, align 4
  %y = load i32, ptr %q, align 4
  %v = select i1 %c, i32 %x, i32 %y
  ret i32 %v
}

;; pair: select of p and p+4 (same object) folded to a gep of a select offset
;; expect: proved
;; source
define ptr @f(i1 %c, ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4
  %s = select i1 %c, ptr %a, ptr %p
  ret ptr %s
}
;; target
define ptr @f(i1 %c, ptr %p) {
  %o = select i1 %c, i64 4, i64 0
  %s = getelementptr i8, ptr %p, i64 %o
  ret ptr %s
}

;; pair: after p == q, store through q replaced by store through p where p is one past a global (different provenance)
;; expect: wrong
;; source
@g = global i32 0
define void @f(ptr %q) {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, %q
  br i1 %c, label %t, label %x
t:
  store i8 1, ptr %q, align 1
  ret void
x:
  ret void
}
;; target
@g = global i32 0
define void @f(ptr %q) {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, %q
  br i1 %c, label %t, label %x
t:
  store i8 1, ptr %e, align 1
  ret void
x:
  ret void
}

;; pair: store of a global's address into caller memory, target stores the address of the gep 0
;; expect: proved
;; source
@g = global i32 0
define void @f(ptr %m) {
  store ptr @g, ptr %m, align 8
  ret void
}
;; target
@g = global i32 0
define void @f(ptr %m) {
  %z = getelementptr i8, ptr @g, i64 0
  store ptr %z, ptr %m, align 8
  ret void
}

;; pair: store of @g's address into caller memory, target stores @h's
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define void @f(ptr %m) {
  store ptr @g, ptr %m, align 8
  ret void
}
;; target
@g = global i32 0
@h = global i32 0
define void @f(ptr %m) {
  store ptr @h, ptr %m, align 8
  ret void
}

;; pair: a store of @g+4 (one past) into caller memory, target stores @h (maybe same address, other provenance)
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define void @f(ptr %m) {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  store ptr %e, ptr %m, align 8
  ret void
}
;; target
@g = global i32 0
@h = global i32 0
define void @f(ptr %m) {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  %s = select i1 %c, ptr @h, ptr %e
  store ptr %s, ptr %m, align 8
  ret void
}

;; pair: return of @g+4, target returns @h when equal (different provenance)
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define ptr @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  ret ptr %e
}
;; target
@g = global i32 0
@h = global i32 0
define ptr @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  %s = select i1 %c, ptr @h, ptr %e
  ret ptr %s
}

;; pair: a load through @g+4 is UB (out of bounds), target loads @h when the addresses are equal
;; expect: right
;; source
@g = global i32 0
@h = global i32 5
define i32 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  br i1 %c, label %t, label %x
t:
  %v = load i32, ptr %e, align 4
  ret i32 %v
x:
  ret i32 0
}
;; target
@g = global i32 0
@h = global i32 5
define i32 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  br i1 %c, label %t, label %x
t:
  %v = load i32, ptr @h, align 4
  ret i32 %v
x:
  ret i32 0
}

;; pair: a load through @h is defined, target loads through @g+4 when equal (UB: out of @g)
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 5
define i32 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  br i1 %c, label %t, label %x
t:
  %v = load i32, ptr @h, align 4
  ret i32 %v
x:
  ret i32 0
}
;; target
@g = global i32 0
@h = global i32 5
define i32 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  br i1 %c, label %t, label %x
t:
  %v = load i32, ptr %e, align 4
  ret i32 %v
x:
  ret i32 0
}

;; pair: select of two pointers with different provenance (noundef condition), store through it; target branches
;; expect: right
;; source
define void @f(i1 noundef %c, ptr %p, ptr %q) {
  %s = select i1 %c, ptr %p, ptr %q
  store i32 1, ptr %s, align 4
  ret void
}
;; target
define void @f(i1 noundef %c, ptr %p, ptr %q) {
  br i1 %c, label %a, label %b
a:
  store i32 1, ptr %p, align 4
  ret void
b:
  store i32 1, ptr %q, align 4
  ret void
}

;; pair: phi of two 4-aligned globals loaded; target loads both and selects
;; expect: right
;; source
@g = global i32 1, align 4
@h = global i32 2, align 4
define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi ptr [ @g, %a ], [ @h, %b ]
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
@g = global i32 1, align 4
@h = global i32 2, align 4
define i32 @f(i1 %c) {
  %x = load i32, ptr @g, align 4
  %y = load i32, ptr @h, align 4
  %v = select i1 %c, i32 %x, i32 %y
  ret i32 %v
}
