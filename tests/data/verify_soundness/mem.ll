;; pair: null_pointer_is_valid: store then load at null folded to the stored value
;; expect: right
;; source
define i32 @f(i32 %x) null_pointer_is_valid {
  store i32 %x, ptr null
  %v = load i32, ptr null
  ret i32 %v
}
;; target
define i32 @f(i32 %x) null_pointer_is_valid {
  store i32 %x, ptr null
  ret i32 %x
}

;; pair: null_pointer_is_valid: a load at null + 8 is defined, target turns it into unreachable
;; expect: wrong
;; source
define i32 @f() null_pointer_is_valid {
  %p = getelementptr i8, ptr null, i64 8
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f() null_pointer_is_valid {
  unreachable
}

;; pair: null_pointer_is_valid: a memset at null is defined, target drops it
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f() null_pointer_is_valid {
  call void @llvm.memset.p0.i64(ptr null, i8 1, i64 4, i1 false)
  ret void
}
;; target
define void @f() null_pointer_is_valid {
  ret void
}

;; pair: null_pointer_is_valid: a parameter compared to null after a load through it does not fold
;; expect: wrong
;; source
define i1 @f(ptr %p) null_pointer_is_valid {
  %v = load i8, ptr %p
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr %p) null_pointer_is_valid {
  %v = load i8, ptr %p
  ret i1 false
}

;; pair: without null_pointer_is_valid a parameter loaded through is not null
;; expect: proved
;; source
define i1 @f(ptr %p) {
  %v = load i8, ptr %p
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  %v = load i8, ptr %p
  ret i1 false
}

;; pair: null_pointer_is_valid: a call to a function given null is not UB, target passes nonnull null (poison)
;; expect: wrong
;; source
declare void @g(ptr)
define void @f() null_pointer_is_valid {
  call void @g(ptr null)
  ret void
}
;; target
declare void @g(ptr)
define void @f() null_pointer_is_valid {
  call void @g(ptr nonnull null)
  ret void
}

;; pair: dereferenceable(8) parameter: target stores the loaded value back (memory may be read-only)
;; expect: wrong
;; source
define i64 @f(ptr dereferenceable(8) %p) {
  %v = load i64, ptr %p
  ret i64 %v
}
;; target
define i64 @f(ptr dereferenceable(8) %p) {
  %v = load i64, ptr %p
  store i64 %v, ptr %p
  ret i64 %v
}

;; pair: dereferenceable(8) noalias parameter: target stores zero and restores the value
;; expect: wrong
;; source
define void @f(ptr noalias dereferenceable(8) %p) {
  ret void
}
;; target
define void @f(ptr noalias dereferenceable(8) %p) {
  %v = load i64, ptr %p
  store i64 0, ptr %p
  store i64 %v, ptr %p
  ret void
}

;; pair: dereferenceable(4) parameter: a load hoisted out of a branch
;; expect: right
;; source
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  br i1 %c, label %a, label %b
a:
  %v = load i32, ptr %p, align 1
  ret i32 %v
b:
  ret i32 0
}
;; target
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: external [0 x i32] global: a load at index 5 is defined, target returns poison
;; expect: wrong
;; source
@a = external global [0 x i32]
define i32 @f() {
  %p = getelementptr [0 x i32], ptr @a, i64 0, i64 5
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@a = external global [0 x i32]
define i32 @f() {
  ret i32 poison
}

;; pair: external [0 x i8] global: memset of 16 bytes is defined, target drops it
;; expect: wrong
;; source
@a = external global [0 x i8]
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f() {
  call void @llvm.memset.p0.i64(ptr @a, i8 0, i64 16, i1 false)
  ret void
}
;; target
@a = external global [0 x i8]
define void @f() {
  ret void
}

;; pair: external [0 x i32] global: store at index 3 then load it back
;; expect: proved
;; source
@a = external global [0 x i32]
define i32 @f(i32 %x) {
  %p = getelementptr [0 x i32], ptr @a, i64 0, i64 3
  store i32 %x, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@a = external global [0 x i32]
define i32 @f(i32 %x) {
  %p = getelementptr [0 x i32], ptr @a, i64 0, i64 3
  store i32 %x, ptr %p
  ret i32 %x
}

;; pair: external struct global {i32} read at offset 8 (object may be larger), target returns 0
;; expect: wrong
;; source
@s = external global { i32 }
define i32 @f() {
  %p = getelementptr i8, ptr @s, i64 8
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@s = external global { i32 }
define i32 @f() {
  ret i32 0
}

;; pair: external constant [0 x i8]: a load at index 4 is not foldable to 0
;; expect: wrong
;; source
@a = external constant [0 x i8]
define i8 @f() {
  %p = getelementptr i8, ptr @a, i64 4
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
@a = external constant [0 x i8]
define i8 @f() {
  ret i8 0
}

;; pair: defined global [0 x i32] (size 0): any load is UB, target returns 7
;; expect: right
;; source
@a = global [0 x i32] zeroinitializer
define i32 @f() {
  %v = load i32, ptr @a
  ret i32 %v
}
;; target
@a = global [0 x i32] zeroinitializer
define i32 @f() {
  ret i32 7
}

;; pair: weak constant array element folded
;; expect: wrong
;; source
@c = weak constant [2 x i32] [i32 1, i32 2]
define i32 @f() {
  %p = getelementptr [2 x i32], ptr @c, i64 0, i64 1
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@c = weak constant [2 x i32] [i32 1, i32 2]
define i32 @f() {
  ret i32 2
}

;; pair: linkonce constant compared with its initializer folded to true
;; expect: wrong
;; source
@c = linkonce constant i32 5
define i1 @f() {
  %v = load i32, ptr @c
  %e = icmp eq i32 %v, 5
  ret i1 %e
}
;; target
@c = linkonce constant i32 5
define i1 @f() {
  ret i1 true
}

;; pair: linkonce_odr constant folded to its initializer (ODR: replacement equivalent)
;; expect: right
;; source
@c = linkonce_odr constant i32 5
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}
;; target
@c = linkonce_odr constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: common global read folded to zero (it may be written before the call)
;; expect: wrong
;; source
@c = common global i32 0
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}
;; target
@c = common global i32 0
define i32 @f() {
  ret i32 0
}

;; pair: weak constant: a byte of it folded
;; expect: wrong
;; source
@c = weak constant i32 258
define i8 @f() {
  %p = getelementptr i8, ptr @c, i64 1
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
@c = weak constant i32 258
define i8 @f() {
  ret i8 1
}

;; pair: weak constant: loads of it twice are equal
;; expect: proved
;; source
@c = weak constant i32 258
define i32 @f() {
  %a = load i32, ptr @c
  %b = load i32, ptr @c
  %d = sub i32 %a, %b
  ret i32 %d
}
;; target
@c = weak constant i32 258
define i32 @f() {
  ret i32 0
}

;; pair: memcpy of a local onto itself keeps its value
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define i32 @f(i32 %x) {
  %a = alloca i32
  store i32 %x, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %a, ptr %a, i64 4, i1 false)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: memcpy of a local onto itself is defined, target returns poison
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define i32 @f(i32 %x) {
  %a = alloca i32
  store i32 %x, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %a, ptr %a, i64 4, i1 false)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f(i32 %x) {
  ret i32 poison
}

;; pair: memcpy(p, p, n) with variable n is defined, target makes it unreachable for n > 0
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %p, i64 %n, i1 false)
  ret void
}
;; target
define void @f(ptr %p, i64 %n) {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %ok, label %bad
ok:
  ret void
bad:
  unreachable
}

;; pair: memcpy(p, q, 4) replaced by memmove (defined in more cases)
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %q) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %q) {
  call void @llvm.memmove.p0.p0.i64(ptr %p, ptr %q, i64 4, i1 false)
  ret void
}

;; pair: memcpy(p, q) with p == q at run time: target guarded store of a different byte when equal
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %q) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 1, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %q) {
  %e = icmp eq ptr %p, %q
  br i1 %e, label %eq, label %ne
eq:
  store i8 0, ptr %p
  ret void
ne:
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 1, i1 false)
  ret void
}

;; pair: memcpy.inline of a pointer onto itself is a no-op
;; expect: proved
;; source
declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64, i1)
define i8 @f(ptr %p) {
  store i8 3, ptr %p
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %p, ptr %p, i64 1, i1 false)
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  store i8 3, ptr %p
  ret i8 3
}
