; ModuleID = '/tmp/llmopt-split-noucloar/in.ll'
source_filename = "/tmp/tmps278s5nn/csmith_3.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.U1 = type { i32 }
%union.U0 = type { i32 }

@g_2 = external hidden global [2 x i64], align 16
@g_51 = external hidden global [10 x [4 x i32]], align 16
@g_54 = external hidden global i32, align 4
@g_57 = external hidden global i32, align 4
@g_61 = external hidden global i32, align 4
@g_82 = external hidden global i8, align 1
@g_99 = external hidden global i32, align 4
@g_128 = external hidden global i32, align 4
@g_130 = external hidden global i8, align 1
@g_131 = external hidden global i8, align 1
@g_145 = external hidden global i32, align 4
@g_149 = external hidden global [9 x [7 x i32]], align 16
@g_159 = external hidden global i32, align 4
@g_165 = external hidden global i16, align 2
@g_192 = external hidden global i16, align 2
@g_201 = external hidden global i8, align 1
@g_297 = external hidden global i32, align 4
@g_344 = external hidden global [9 x i16], align 16
@g_347 = external hidden global %union.U1, align 4
@g_409 = external hidden global i64, align 8
@g_491 = external hidden global i64, align 8
@g_372 = external hidden global ptr, align 8
@g_108 = external hidden global ptr, align 8
@g_160 = external hidden global ptr, align 8
@g_371 = external hidden global ptr, align 8
@g_368 = external hidden global ptr, align 8
@g_69 = external hidden constant ptr, align 8
@g_161 = external hidden global ptr, align 8
@g_522 = external hidden global ptr, align 8
@g_486 = external hidden constant ptr, align 8
@__const.func_89.l_257 = external hidden unnamed_addr constant [6 x [7 x [6 x i8]]], align 16
@__const.func_89.l_289 = external hidden unnamed_addr constant %union.U0, align 4
@__const.func_89.l_115 = external hidden unnamed_addr constant [9 x [4 x ptr]], align 16
@__const.func_89.l_129 = external hidden unnamed_addr constant [7 x ptr], align 16
@__const.func_89.l_200 = external hidden unnamed_addr constant [8 x [2 x [4 x ptr]]], align 16
@g_244 = external hidden global ptr, align 8
@__const.func_89.l_311 = external hidden unnamed_addr constant [5 x %union.U0], align 16
@__const.func_89.l_314 = external hidden unnamed_addr constant [10 x ptr], align 16
@__const.func_89.l_357 = external hidden unnamed_addr constant %union.U1, align 4
@__const.func_89.l_434 = external hidden unnamed_addr constant [6 x [5 x ptr]], align 16
@__const.func_89.l_448 = external hidden unnamed_addr constant %union.U1, align 4
@__const.func_89.l_551 = external hidden unnamed_addr constant [6 x i32], align 16
@__const.func_89.l_462 = external hidden unnamed_addr constant [8 x [1 x [1 x ptr]]], align 16
@__const.func_89.l_464 = external hidden unnamed_addr constant [5 x [3 x [1 x i32]]], align 16
@__const.func_89.l_520 = external hidden unnamed_addr constant [1 x [2 x [7 x i32]]], align 16
@g_309 = external hidden global { i8, [7 x i8] }, align 8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext, i16 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext, i16 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_add_func_uint64_t_u_u(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_div_func_int64_t_s_s(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_add_func_uint32_t_u_u(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_sub_func_uint32_t_u_u(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_add_func_int64_t_s_s(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext, i8 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_sub_func_uint64_t_u_u(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext, i16 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext, i16 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext, i8 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_div_func_int32_t_s_s(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext, i8 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext, i16 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext, i16 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext, i8 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_sub_func_int64_t_s_s(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_div_func_uint64_t_u_u(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_unary_minus_func_uint64_t_u(i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext, i16 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext, i8 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_sub_func_int32_t_s_s(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext, i16 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext, i8 noundef signext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_add_func_int32_t_s_s(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_mod_func_uint32_t_u_u(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext, i8 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_mod_func_uint64_t_u_u(i64 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_unary_minus_func_uint32_t_u(i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_div_func_uint32_t_u_u(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext, i8 noundef zeroext) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @safe_mod_func_int32_t_s_s(i32 noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define hidden zeroext i16 @func_89(i64 noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #2 {
  %5 = alloca i16, align 2
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca i32, align 4
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca i32, align 4
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca ptr, align 8
  %27 = alloca ptr, align 8
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca ptr, align 8
  %35 = alloca ptr, align 8
  %36 = alloca ptr, align 8
  %37 = alloca ptr, align 8
  %38 = alloca ptr, align 8
  %39 = alloca [1 x [3 x ptr]], align 16
  %40 = alloca i16, align 2
  %41 = alloca [6 x [7 x [6 x i8]]], align 16
  %42 = alloca %union.U0, align 4
  %43 = alloca ptr, align 8
  %44 = alloca i16, align 2
  %45 = alloca ptr, align 8
  %46 = alloca i64, align 8
  %47 = alloca i32, align 4
  %48 = alloca [4 x [8 x [6 x i32]]], align 16
  %49 = alloca i32, align 4
  %50 = alloca ptr, align 8
  %51 = alloca i8, align 1
  %52 = alloca i32, align 4
  %53 = alloca i32, align 4
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca [9 x [4 x ptr]], align 16
  %57 = alloca ptr, align 8
  %58 = alloca [7 x ptr], align 16
  %59 = alloca [2 x [1 x i8]], align 1
  %60 = alloca i32, align 4
  %61 = alloca i32, align 4
  %62 = alloca ptr, align 8
  %63 = alloca i32, align 4
  %64 = alloca i32, align 4
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca i32, align 4
  %68 = alloca i32, align 4
  %69 = alloca i32, align 4
  %70 = alloca ptr, align 8
  %71 = alloca i32, align 4
  %72 = alloca i32, align 4
  %73 = alloca i32, align 4
  %74 = alloca i32, align 4
  %75 = alloca ptr, align 8
  %76 = alloca ptr, align 8
  %77 = alloca ptr, align 8
  %78 = alloca ptr, align 8
  %79 = alloca ptr, align 8
  %80 = alloca [8 x [2 x [4 x ptr]]], align 16
  %81 = alloca i32, align 4
  %82 = alloca i32, align 4
  %83 = alloca i32, align 4
  %84 = alloca i32, align 4
  %85 = alloca i32, align 4
  %86 = alloca i32, align 4
  %87 = alloca ptr, align 8
  %88 = alloca ptr, align 8
  %89 = alloca i32, align 4
  %90 = alloca ptr, align 8
  %91 = alloca ptr, align 8
  %92 = alloca [2 x ptr], align 16
  %93 = alloca i32, align 4
  %94 = alloca i32, align 4
  %95 = alloca ptr, align 8
  %96 = alloca i8, align 1
  %97 = alloca ptr, align 8
  %98 = alloca [5 x %union.U0], align 16
  %99 = alloca [10 x ptr], align 16
  %100 = alloca %union.U1, align 4
  %101 = alloca [10 x ptr], align 16
  %102 = alloca i16, align 2
  %103 = alloca i8, align 1
  %104 = alloca ptr, align 8
  %105 = alloca i32, align 4
  %106 = alloca i32, align 4
  %107 = alloca ptr, align 8
  %108 = alloca [4 x [6 x ptr]], align 16
  %109 = alloca i32, align 4
  %110 = alloca i32, align 4
  %111 = alloca i32, align 4
  %112 = alloca i32, align 4
  %113 = alloca ptr, align 8
  %114 = alloca ptr, align 8
  %115 = alloca ptr, align 8
  %116 = alloca ptr, align 8
  %117 = alloca [6 x ptr], align 16
  %118 = alloca i32, align 4
  %119 = alloca i32, align 4
  %120 = alloca i32, align 4
  %121 = alloca ptr, align 8
  %122 = alloca ptr, align 8
  %123 = alloca [7 x ptr], align 16
  %124 = alloca i32, align 4
  %125 = alloca i32, align 4
  %126 = alloca ptr, align 8
  %127 = alloca ptr, align 8
  %128 = alloca ptr, align 8
  %129 = alloca [1 x [5 x ptr]], align 16
  %130 = alloca i32, align 4
  %131 = alloca i32, align 4
  %132 = alloca ptr, align 8
  %133 = alloca i32, align 4
  %134 = alloca [2 x [2 x i64]], align 16
  %135 = alloca [6 x [5 x ptr]], align 16
  %136 = alloca i32, align 4
  %137 = alloca i32, align 4
  %138 = alloca ptr, align 8
  %139 = alloca i32, align 4
  %140 = alloca %union.U1, align 4
  %141 = alloca i32, align 4
  %142 = alloca i16, align 2
  %143 = alloca i32, align 4
  %144 = alloca [6 x i32], align 16
  %145 = alloca i32, align 4
  %146 = alloca [9 x ptr], align 16
  %147 = alloca ptr, align 8
  %148 = alloca ptr, align 8
  %149 = alloca i32, align 4
  %150 = alloca [8 x [1 x [1 x ptr]]], align 16
  %151 = alloca [5 x [3 x [1 x i32]]], align 16
  %152 = alloca i32, align 4
  %153 = alloca ptr, align 8
  %154 = alloca [1 x [2 x [7 x i32]]], align 16
  %155 = alloca ptr, align 8
  %156 = alloca ptr, align 8
  %157 = alloca i32, align 4
  %158 = alloca i32, align 4
  %159 = alloca i32, align 4
  %160 = alloca ptr, align 8
  %161 = alloca ptr, align 8
  %162 = alloca ptr, align 8
  %163 = alloca ptr, align 8
  %164 = alloca i32, align 4
  %165 = alloca ptr, align 8
  %166 = alloca i32, align 4
  %167 = alloca i32, align 4
  %168 = alloca [5 x i32], align 16
  %169 = alloca i32, align 4
  store i64 %0, ptr %6, align 8, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !11
  store ptr %3, ptr %9, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #3
  store ptr null, ptr %10, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #3
  store i32 2, ptr %11, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #3
  store i32 -628428829, ptr %12, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #3
  store ptr @g_161, ptr %13, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #3
  store i32 -3, ptr %14, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #3
  store i32 -2, ptr %15, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #3
  store i32 1403473214, ptr %16, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %17) #3
  store i32 661869151, ptr %17, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #3
  store ptr %14, ptr %18, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #3
  store ptr %17, ptr %19, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %20) #3
  store i32 1893634317, ptr %20, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #3
  store ptr %14, ptr %21, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #3
  store ptr %20, ptr %22, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %23) #3
  store i32 -5, ptr %23, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #3
  store ptr @g_57, ptr %24, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #3
  store ptr %17, ptr %25, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #3
  store ptr %14, ptr %26, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #3
  store ptr null, ptr %27, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #3
  store ptr @g_57, ptr %28, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #3
  store ptr null, ptr %29, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #3
  store ptr null, ptr %30, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %31) #3
  store ptr null, ptr %31, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %32) #3
  store ptr @g_54, ptr %32, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %33) #3
  store ptr %20, ptr %33, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %34) #3
  store ptr %20, ptr %34, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %35) #3
  store ptr @g_54, ptr %35, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %36) #3
  store ptr null, ptr %36, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %37) #3
  store ptr @g_57, ptr %37, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %38) #3
  store ptr %11, ptr %38, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 24, ptr %39) #3
  call void @llvm.lifetime.start.p0(i64 2, ptr %40) #3
  store i16 -1, ptr %40, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 252, ptr %41) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %41, ptr align 16 @__const.func_89.l_257, i64 252, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %42) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %42, ptr align 4 @__const.func_89.l_289, i64 4, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %43) #3
  store ptr null, ptr %43, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 2, ptr %44) #3
  store i16 -29737, ptr %44, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %45) #3
  store ptr null, ptr %45, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %46) #3
  store i64 0, ptr %46, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %47) #3
  store i32 -1140176225, ptr %47, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 768, ptr %48) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %49) #3
  store i32 -1, ptr %49, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %50) #3
  store ptr %11, ptr %50, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 1, ptr %51) #3
  store i8 -99, ptr %51, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 4, ptr %52) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %53) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %54) #3
  store i32 0, ptr %52, align 4, !tbaa !9
  br label %170

170:                                              ; preds = %188, %4
  %171 = load i32, ptr %52, align 4, !tbaa !9
  %172 = icmp slt i32 %171, 1
  br i1 %172, label %173, label %191

173:                                              ; preds = %170
  store i32 0, ptr %53, align 4, !tbaa !9
  br label %174

174:                                              ; preds = %184, %173
  %175 = load i32, ptr %53, align 4, !tbaa !9
  %176 = icmp slt i32 %175, 3
  br i1 %176, label %177, label %187

177:                                              ; preds = %174
  %178 = load i32, ptr %52, align 4, !tbaa !9
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [1 x [3 x ptr]], ptr %39, i64 0, i64 %179
  %181 = load i32, ptr %53, align 4, !tbaa !9
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [3 x ptr], ptr %180, i64 0, i64 %182
  store ptr %16, ptr %183, align 8, !tbaa !11
  br label %184

184:                                              ; preds = %177
  %185 = load i32, ptr %53, align 4, !tbaa !9
  %186 = add nsw i32 %185, 1
  store i32 %186, ptr %53, align 4, !tbaa !9
  br label %174, !llvm.loop !16

187:                                              ; preds = %174
  br label %188

188:                                              ; preds = %187
  %189 = load i32, ptr %52, align 4, !tbaa !9
  %190 = add nsw i32 %189, 1
  store i32 %190, ptr %52, align 4, !tbaa !9
  br label %170, !llvm.loop !18

191:                                              ; preds = %170
  store i32 0, ptr %52, align 4, !tbaa !9
  br label %192

192:                                              ; preds = %221, %191
  %193 = load i32, ptr %52, align 4, !tbaa !9
  %194 = icmp slt i32 %193, 4
  br i1 %194, label %195, label %224

195:                                              ; preds = %192
  store i32 0, ptr %53, align 4, !tbaa !9
  br label %196

196:                                              ; preds = %217, %195
  %197 = load i32, ptr %53, align 4, !tbaa !9
  %198 = icmp slt i32 %197, 8
  br i1 %198, label %199, label %220

199:                                              ; preds = %196
  store i32 0, ptr %54, align 4, !tbaa !9
  br label %200

200:                                              ; preds = %213, %199
  %201 = load i32, ptr %54, align 4, !tbaa !9
  %202 = icmp slt i32 %201, 6
  br i1 %202, label %203, label %216

203:                                              ; preds = %200
  %204 = load i32, ptr %52, align 4, !tbaa !9
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds [4 x [8 x [6 x i32]]], ptr %48, i64 0, i64 %205
  %207 = load i32, ptr %53, align 4, !tbaa !9
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds [8 x [6 x i32]], ptr %206, i64 0, i64 %208
  %210 = load i32, ptr %54, align 4, !tbaa !9
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds [6 x i32], ptr %209, i64 0, i64 %211
  store i32 -5, ptr %212, align 4, !tbaa !9
  br label %213

213:                                              ; preds = %203
  %214 = load i32, ptr %54, align 4, !tbaa !9
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %54, align 4, !tbaa !9
  br label %200, !llvm.loop !19

216:                                              ; preds = %200
  br label %217

217:                                              ; preds = %216
  %218 = load i32, ptr %53, align 4, !tbaa !9
  %219 = add nsw i32 %218, 1
  store i32 %219, ptr %53, align 4, !tbaa !9
  br label %196, !llvm.loop !20

220:                                              ; preds = %196
  br label %221

221:                                              ; preds = %220
  %222 = load i32, ptr %52, align 4, !tbaa !9
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %52, align 4, !tbaa !9
  br label %192, !llvm.loop !21

224:                                              ; preds = %192
  br label %225

225:                                              ; preds = %539, %224
  store i8 0, ptr @g_82, align 1, !tbaa !15
  br label %226

226:                                              ; preds = %542, %225
  %227 = load i8, ptr @g_82, align 1, !tbaa !15
  %228 = sext i8 %227 to i32
  %229 = icmp sgt i32 %228, -9
  br i1 %229, label %230, label %547

230:                                              ; preds = %226
  call void @llvm.lifetime.start.p0(i64 4, ptr %55) #3
  store i32 323281106, ptr %55, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 288, ptr %56) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %56, ptr align 16 @__const.func_89.l_115, i64 288, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %57) #3
  store ptr null, ptr %57, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 56, ptr %58) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %58, ptr align 16 @__const.func_89.l_129, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(i64 2, ptr %59) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %60) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %61) #3
  store i32 0, ptr %60, align 4, !tbaa !9
  br label %231

231:                                              ; preds = %249, %230
  %232 = load i32, ptr %60, align 4, !tbaa !9
  %233 = icmp slt i32 %232, 2
  br i1 %233, label %234, label %252

234:                                              ; preds = %231
  store i32 0, ptr %61, align 4, !tbaa !9
  br label %235

235:                                              ; preds = %245, %234
  %236 = load i32, ptr %61, align 4, !tbaa !9
  %237 = icmp slt i32 %236, 1
  br i1 %237, label %238, label %248

238:                                              ; preds = %235
  %239 = load i32, ptr %60, align 4, !tbaa !9
  %240 = sext i32 %239 to i64
  %241 = getelementptr inbounds [2 x [1 x i8]], ptr %59, i64 0, i64 %240
  %242 = load i32, ptr %61, align 4, !tbaa !9
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [1 x i8], ptr %241, i64 0, i64 %243
  store i8 -1, ptr %244, align 1, !tbaa !15
  br label %245

245:                                              ; preds = %238
  %246 = load i32, ptr %61, align 4, !tbaa !9
  %247 = add nsw i32 %246, 1
  store i32 %247, ptr %61, align 4, !tbaa !9
  br label %235, !llvm.loop !22

248:                                              ; preds = %235
  br label %249

249:                                              ; preds = %248
  %250 = load i32, ptr %60, align 4, !tbaa !9
  %251 = add nsw i32 %250, 1
  store i32 %251, ptr %60, align 4, !tbaa !9
  br label %231, !llvm.loop !23

252:                                              ; preds = %231
  store i64 -18, ptr %6, align 8, !tbaa !5
  br label %253

253:                                              ; preds = %261, %252
  %254 = load i64, ptr %6, align 8, !tbaa !5
  %255 = icmp ne i64 %254, -10
  br i1 %255, label %256, label %264

256:                                              ; preds = %253
  call void @llvm.lifetime.start.p0(i64 8, ptr %62) #3
  store ptr %10, ptr %62, align 8, !tbaa !11
  %257 = load ptr, ptr %10, align 8, !tbaa !11
  %258 = load ptr, ptr %62, align 8, !tbaa !11
  store ptr %257, ptr %258, align 8, !tbaa !11
  %259 = load i32, ptr @g_99, align 4, !tbaa !9
  %260 = trunc i32 %259 to i16
  store i16 %260, ptr %5, align 2
  store i32 1, ptr %63, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %62) #3
  br label %539

261:                                              ; No predecessors!
  %262 = load i64, ptr %6, align 8, !tbaa !5
  %263 = add nsw i64 %262, 1
  store i64 %263, ptr %6, align 8, !tbaa !5
  br label %253, !llvm.loop !24

264:                                              ; preds = %253
  %265 = load i64, ptr %6, align 8, !tbaa !5
  %266 = icmp ne i64 %265, 0
  br i1 %266, label %267, label %268

267:                                              ; preds = %264
  store i32 17, ptr %63, align 4
  br label %539

268:                                              ; preds = %264
  %269 = load i64, ptr %6, align 8, !tbaa !5
  %270 = trunc i64 %269 to i16
  %271 = load i32, ptr %55, align 4, !tbaa !9
  %272 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %270, i32 noundef %271) #4
  %273 = sext i16 %272 to i32
  %274 = load volatile ptr, ptr @g_69, align 8, !tbaa !11
  %275 = load i32, ptr %274, align 4, !tbaa !9
  %276 = or i32 %275, %273
  store i32 %276, ptr %274, align 4, !tbaa !9
  %277 = getelementptr inbounds [9 x [4 x ptr]], ptr %56, i64 0, i64 5
  %278 = getelementptr inbounds [4 x ptr], ptr %277, i64 0, i64 1
  %279 = load ptr, ptr %278, align 8, !tbaa !11
  %280 = icmp ne ptr %279, null
  %281 = zext i1 %280 to i32
  %282 = trunc i32 %281 to i16
  %283 = load i32, ptr %11, align 4, !tbaa !9
  %284 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @g_2, i64 0, i64 1), align 8, !tbaa !5
  %285 = load volatile ptr, ptr @g_69, align 8, !tbaa !11
  %286 = load i32, ptr %285, align 4, !tbaa !9
  %287 = sext i32 %286 to i64
  %288 = icmp sle i64 %284, %287
  br i1 %288, label %289, label %290

289:                                              ; preds = %268
  br label %290

290:                                              ; preds = %289, %268
  %291 = phi i1 [ true, %268 ], [ true, %289 ]
  %292 = zext i1 %291 to i32
  %293 = sext i32 %292 to i64
  %294 = or i64 %293, 1
  %295 = icmp ult i64 -6548364328962383749, %294
  %296 = zext i1 %295 to i32
  %297 = call i32 @safe_add_func_int32_t_s_s(i32 noundef %296, i32 noundef 1) #4
  %298 = load ptr, ptr %8, align 8, !tbaa !11
  %299 = load i8, ptr %298, align 1, !tbaa !15
  %300 = sext i8 %299 to i32
  %301 = icmp slt i32 %297, %300
  %302 = zext i1 %301 to i32
  store i32 %302, ptr @g_128, align 4, !tbaa !9
  %303 = load i64, ptr @g_2, align 16, !tbaa !5
  %304 = trunc i64 %303 to i8
  store i8 %304, ptr @g_131, align 1, !tbaa !15
  %305 = load i64, ptr %6, align 8, !tbaa !5
  %306 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 1), i64 0, i64 1), align 4, !tbaa !9
  %307 = icmp ne i32 %306, 0
  %308 = zext i1 %307 to i32
  %309 = load i32, ptr %11, align 4, !tbaa !9
  %310 = load i32, ptr %7, align 4, !tbaa !9
  %311 = trunc i32 %310 to i8
  %312 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext -49, i8 noundef signext %311) #4
  %313 = sext i8 %312 to i64
  %314 = load i64, ptr %6, align 8, !tbaa !5
  %315 = xor i64 %313, %314
  %316 = or i64 3672380933, %315
  %317 = load i64, ptr %6, align 8, !tbaa !5
  %318 = trunc i64 %317 to i16
  %319 = load i8, ptr @g_82, align 1, !tbaa !15
  %320 = sext i8 %319 to i16
  %321 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %318, i16 noundef zeroext %320) #4
  %322 = zext i16 %321 to i32
  %323 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %282, i32 noundef %322) #4
  %324 = zext i16 %323 to i64
  %325 = icmp ne i64 %324, 48
  br i1 %325, label %326, label %515

326:                                              ; preds = %290
  call void @llvm.lifetime.start.p0(i64 4, ptr %64) #3
  store i32 -6, ptr %64, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %65) #3
  store i32 -1552566102, ptr %65, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %66) #3
  store i32 1285176122, ptr %66, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %67) #3
  store i32 -1, ptr %67, align 4, !tbaa !9
  %327 = load i32, ptr %7, align 4, !tbaa !9
  %328 = icmp ne i32 %327, 0
  br i1 %328, label %329, label %330

329:                                              ; preds = %326
  store i32 18, ptr %63, align 4
  br label %512

330:                                              ; preds = %326
  store i8 -28, ptr @g_131, align 1, !tbaa !15
  br label %331

331:                                              ; preds = %506, %330
  %332 = load i8, ptr @g_131, align 1, !tbaa !15
  %333 = sext i8 %332 to i32
  %334 = icmp sgt i32 %333, -10
  br i1 %334, label %335, label %511

335:                                              ; preds = %331
  call void @llvm.lifetime.start.p0(i64 4, ptr %68) #3
  store i32 692041677, ptr %68, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %69) #3
  store i32 -1778288334, ptr %69, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %70) #3
  store ptr null, ptr %70, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %71) #3
  store i32 -7, ptr %71, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %72) #3
  store i32 -818856654, ptr %72, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %73) #3
  store i32 -1070862422, ptr %73, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %74) #3
  store i32 0, ptr %74, align 4, !tbaa !9
  store i32 -17, ptr @g_128, align 4, !tbaa !9
  br label %336

336:                                              ; preds = %502, %335
  %337 = load i32, ptr @g_128, align 4, !tbaa !9
  %338 = icmp eq i32 %337, 9
  br i1 %338, label %339, label %505

339:                                              ; preds = %336
  call void @llvm.lifetime.start.p0(i64 8, ptr %75) #3
  store ptr %55, ptr %75, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %76) #3
  store ptr null, ptr %76, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %77) #3
  store ptr %11, ptr %77, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %78) #3
  store ptr @g_192, ptr %78, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %79) #3
  store ptr @g_149, ptr %79, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 512, ptr %80) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %80, ptr align 16 @__const.func_89.l_200, i64 512, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %81) #3
  store i32 -930116590, ptr %81, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %82) #3
  store i32 -39409899, ptr %82, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %83) #3
  store i32 1, ptr %83, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %84) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %85) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %86) #3
  store i64 18, ptr %6, align 8, !tbaa !5
  br label %340

340:                                              ; preds = %393, %339
  %341 = load i64, ptr %6, align 8, !tbaa !5
  %342 = icmp slt i64 %341, 5
  br i1 %342, label %343, label %398

343:                                              ; preds = %340
  call void @llvm.lifetime.start.p0(i64 8, ptr %87) #3
  store ptr @g_145, ptr %87, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %88) #3
  store ptr getelementptr inbounds ([9 x [7 x i32]], ptr @g_149, i64 0, i64 8), ptr %88, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %89) #3
  store i32 4, ptr %89, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %90) #3
  store ptr @g_159, ptr %90, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %91) #3
  store ptr @g_165, ptr %91, align 8, !tbaa !11
  %344 = load ptr, ptr %75, align 8, !tbaa !11
  %345 = icmp eq ptr null, %344
  %346 = zext i1 %345 to i32
  %347 = trunc i32 %346 to i16
  %348 = load i64, ptr %6, align 8, !tbaa !5
  %349 = or i64 1, %348
  %350 = icmp sle i64 %349, 1
  %351 = zext i1 %350 to i32
  %352 = icmp ne ptr null, %8
  %353 = zext i1 %352 to i32
  %354 = load ptr, ptr @g_160, align 8, !tbaa !11
  store ptr %354, ptr %13, align 8, !tbaa !11
  %355 = load ptr, ptr %76, align 8, !tbaa !11
  %356 = icmp ne ptr %354, %355
  %357 = zext i1 %356 to i32
  %358 = load ptr, ptr %91, align 8, !tbaa !11
  %359 = load i16, ptr %358, align 2, !tbaa !13
  %360 = sext i16 %359 to i32
  %361 = and i32 %360, %357
  %362 = trunc i32 %361 to i16
  store i16 %362, ptr %358, align 2, !tbaa !13
  %363 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %347, i16 noundef zeroext %362) #4
  %364 = zext i16 %363 to i64
  %365 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @g_2, i64 0, i64 1), align 8, !tbaa !5
  %366 = icmp eq i64 %364, %365
  %367 = zext i1 %366 to i32
  %368 = load i32, ptr %14, align 4, !tbaa !9
  %369 = and i32 %368, %367
  store i32 %369, ptr %14, align 4, !tbaa !9
  %370 = load i32, ptr %69, align 4, !tbaa !9
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %372, label %373

372:                                              ; preds = %343
  store i32 36, ptr %63, align 4
  br label %390

373:                                              ; preds = %343
  %374 = load ptr, ptr %70, align 8, !tbaa !11
  store ptr %374, ptr %77, align 8, !tbaa !11
  %375 = load i32, ptr %7, align 4, !tbaa !9
  %376 = zext i32 %375 to i64
  %377 = and i64 -3, %376
  %378 = load ptr, ptr %9, align 8, !tbaa !11
  %379 = load i8, ptr %378, align 1, !tbaa !15
  %380 = sext i8 %379 to i32
  %381 = load i32, ptr %89, align 4, !tbaa !9
  %382 = and i32 %381, %380
  store i32 %382, ptr %89, align 4, !tbaa !9
  %383 = sext i32 %382 to i64
  %384 = xor i64 82, %383
  %385 = or i64 %377, %384
  %386 = load i32, ptr %64, align 4, !tbaa !9
  %387 = sext i32 %386 to i64
  %388 = and i64 %387, %385
  %389 = trunc i64 %388 to i32
  store i32 %389, ptr %64, align 4, !tbaa !9
  store i32 0, ptr %63, align 4
  br label %390

390:                                              ; preds = %373, %372
  call void @llvm.lifetime.end.p0(i64 8, ptr %91) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %90) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %89) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %88) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %87) #3
  %391 = load i32, ptr %63, align 4
  switch i32 %391, label %1476 [
    i32 0, label %392
    i32 36, label %398
  ]

392:                                              ; preds = %390
  br label %393

393:                                              ; preds = %392
  %394 = load i64, ptr %6, align 8, !tbaa !5
  %395 = trunc i64 %394 to i16
  %396 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %395, i16 noundef signext 5) #4
  %397 = sext i16 %396 to i64
  store i64 %397, ptr %6, align 8, !tbaa !5
  br label %340, !llvm.loop !25

398:                                              ; preds = %390, %340
  %399 = load i32, ptr @g_159, align 4, !tbaa !9
  %400 = trunc i32 %399 to i16
  %401 = load i32, ptr @g_54, align 4, !tbaa !9
  %402 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %400, i32 noundef %401) #4
  %403 = load i64, ptr %6, align 8, !tbaa !5
  %404 = trunc i64 %403 to i32
  %405 = load ptr, ptr %75, align 8, !tbaa !11
  store i32 %404, ptr %405, align 4, !tbaa !9
  %406 = load ptr, ptr %78, align 8, !tbaa !11
  %407 = load i16, ptr %406, align 2, !tbaa !13
  %408 = add i16 %407, -1
  store i16 %408, ptr %406, align 2, !tbaa !13
  %409 = zext i16 %407 to i32
  %410 = sext i32 %409 to i64
  %411 = xor i64 51, %410
  %412 = trunc i64 %411 to i8
  %413 = load i32, ptr @g_57, align 4, !tbaa !9
  %414 = sext i32 %413 to i64
  %415 = icmp uge i64 %414, 249
  %416 = zext i1 %415 to i32
  %417 = load i32, ptr %7, align 4, !tbaa !9
  %418 = trunc i32 %417 to i16
  %419 = load i64, ptr %6, align 8, !tbaa !5
  %420 = trunc i64 %419 to i32
  %421 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %418, i32 noundef %420) #4
  %422 = trunc i16 %421 to i8
  %423 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %412, i8 noundef zeroext %422) #4
  %424 = icmp ne i8 %423, 0
  %425 = xor i1 %424, true
  %426 = zext i1 %425 to i32
  %427 = load ptr, ptr %79, align 8, !tbaa !11
  store i32 -525082697, ptr %427, align 4, !tbaa !9
  br i1 true, label %428, label %431

428:                                              ; preds = %398
  %429 = load i64, ptr %6, align 8, !tbaa !5
  %430 = icmp ne i64 %429, 0
  br label %431

431:                                              ; preds = %428, %398
  %432 = phi i1 [ false, %398 ], [ %430, %428 ]
  %433 = zext i1 %432 to i32
  %434 = sext i32 %433 to i64
  %435 = icmp sgt i64 %434, -10
  br i1 %435, label %436, label %439

436:                                              ; preds = %431
  %437 = load i32, ptr %7, align 4, !tbaa !9
  %438 = icmp ne i32 %437, 0
  br label %439

439:                                              ; preds = %436, %431
  %440 = phi i1 [ false, %431 ], [ %438, %436 ]
  %441 = zext i1 %440 to i32
  %442 = sext i32 %441 to i64
  %443 = icmp ne i64 %442, 0
  %444 = zext i1 %443 to i32
  %445 = getelementptr inbounds [2 x [1 x i8]], ptr %59, i64 0, i64 1
  %446 = getelementptr inbounds [1 x i8], ptr %445, i64 0, i64 0
  %447 = load i8, ptr %446, align 1, !tbaa !15
  %448 = sext i8 %447 to i32
  %449 = or i32 %444, %448
  %450 = trunc i32 %449 to i16
  store i16 %450, ptr @g_165, align 2, !tbaa !13
  %451 = sext i16 %450 to i64
  %452 = icmp ult i64 7, %451
  br i1 %452, label %454, label %453

453:                                              ; preds = %439
  br label %454

454:                                              ; preds = %453, %439
  %455 = phi i1 [ true, %439 ], [ true, %453 ]
  %456 = zext i1 %455 to i32
  %457 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef 1, i32 noundef %456) #4
  %458 = icmp ne i32 %457, 0
  br i1 %458, label %462, label %459

459:                                              ; preds = %454
  %460 = load i32, ptr %7, align 4, !tbaa !9
  %461 = icmp ne i32 %460, 0
  br label %462

462:                                              ; preds = %459, %454
  %463 = phi i1 [ true, %454 ], [ %461, %459 ]
  %464 = zext i1 %463 to i32
  %465 = sext i32 %464 to i64
  %466 = load i32, ptr @g_54, align 4, !tbaa !9
  %467 = sext i32 %466 to i64
  %468 = call i64 @safe_div_func_int64_t_s_s(i64 noundef %465, i64 noundef %467) #4
  %469 = load i32, ptr %7, align 4, !tbaa !9
  %470 = zext i32 %469 to i64
  %471 = icmp sle i64 %468, %470
  %472 = zext i1 %471 to i32
  %473 = sext i32 %472 to i64
  %474 = load i64, ptr %6, align 8, !tbaa !5
  %475 = icmp slt i64 %473, %474
  %476 = zext i1 %475 to i32
  %477 = load volatile i8, ptr @g_201, align 1, !tbaa !15
  %478 = sext i8 %477 to i16
  %479 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %402, i16 noundef zeroext %478) #4
  %480 = trunc i16 %479 to i8
  %481 = load ptr, ptr @g_161, align 8, !tbaa !11
  %482 = load i8, ptr %481, align 1, !tbaa !15
  %483 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %480, i8 noundef zeroext %482) #4
  %484 = load i64, ptr %6, align 8, !tbaa !5
  %485 = icmp sle i64 972342652300578320, %484
  %486 = zext i1 %485 to i32
  %487 = load i64, ptr %6, align 8, !tbaa !5
  %488 = load i32, ptr %7, align 4, !tbaa !9
  %489 = zext i32 %488 to i64
  %490 = icmp sge i64 %487, %489
  %491 = zext i1 %490 to i32
  %492 = load i32, ptr %7, align 4, !tbaa !9
  %493 = zext i32 %492 to i64
  %494 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef -1, i64 noundef %493) #4
  %495 = call i64 @safe_unary_minus_func_uint64_t_u(i64 noundef %494) #4
  %496 = load i32, ptr %71, align 4, !tbaa !9
  %497 = sext i32 %496 to i64
  %498 = xor i64 %497, %495
  %499 = trunc i64 %498 to i32
  store i32 %499, ptr %71, align 4, !tbaa !9
  %500 = load i32, ptr %15, align 4, !tbaa !9
  %501 = add i32 %500, -1
  store i32 %501, ptr %15, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %86) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %85) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %84) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %83) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %82) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %81) #3
  call void @llvm.lifetime.end.p0(i64 512, ptr %80) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %79) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %78) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %77) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %76) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %75) #3
  br label %502

502:                                              ; preds = %462
  %503 = load i32, ptr @g_128, align 4, !tbaa !9
  %504 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %503, i32 noundef 8) #4
  store i32 %504, ptr @g_128, align 4, !tbaa !9
  br label %336, !llvm.loop !26

505:                                              ; preds = %336
  call void @llvm.lifetime.end.p0(i64 4, ptr %74) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %73) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %72) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %71) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %70) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %69) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %68) #3
  br label %506

506:                                              ; preds = %505
  %507 = load i8, ptr @g_131, align 1, !tbaa !15
  %508 = sext i8 %507 to i16
  %509 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %508, i16 noundef signext 4) #4
  %510 = trunc i16 %509 to i8
  store i8 %510, ptr @g_131, align 1, !tbaa !15
  br label %331, !llvm.loop !27

511:                                              ; preds = %331
  store i32 0, ptr %63, align 4
  br label %512

512:                                              ; preds = %511, %329
  call void @llvm.lifetime.end.p0(i64 4, ptr %67) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %66) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %65) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %64) #3
  %513 = load i32, ptr %63, align 4
  switch i32 %513, label %539 [
    i32 0, label %514
  ]

514:                                              ; preds = %512
  br label %534

515:                                              ; preds = %290
  call void @llvm.lifetime.start.p0(i64 16, ptr %92) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %93) #3
  store i32 0, ptr %93, align 4, !tbaa !9
  br label %516

516:                                              ; preds = %523, %515
  %517 = load i32, ptr %93, align 4, !tbaa !9
  %518 = icmp slt i32 %517, 2
  br i1 %518, label %519, label %526

519:                                              ; preds = %516
  %520 = load i32, ptr %93, align 4, !tbaa !9
  %521 = sext i32 %520 to i64
  %522 = getelementptr inbounds [2 x ptr], ptr %92, i64 0, i64 %521
  store ptr %11, ptr %522, align 8, !tbaa !11
  br label %523

523:                                              ; preds = %519
  %524 = load i32, ptr %93, align 4, !tbaa !9
  %525 = add nsw i32 %524, 1
  store i32 %525, ptr %93, align 4, !tbaa !9
  br label %516, !llvm.loop !28

526:                                              ; preds = %516
  %527 = getelementptr inbounds [2 x ptr], ptr %92, i64 0, i64 1
  %528 = load ptr, ptr %527, align 8, !tbaa !11
  %529 = icmp eq ptr %528, null
  %530 = zext i1 %529 to i32
  %531 = load volatile ptr, ptr @g_69, align 8, !tbaa !11
  %532 = load i32, ptr %531, align 4, !tbaa !9
  %533 = xor i32 %532, %530
  store i32 %533, ptr %531, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %93) #3
  call void @llvm.lifetime.end.p0(i64 16, ptr %92) #3
  br label %534

534:                                              ; preds = %526, %514
  %535 = load i32, ptr %11, align 4, !tbaa !9
  %536 = icmp ne i32 %535, 0
  br i1 %536, label %537, label %538

537:                                              ; preds = %534
  store i32 20, ptr %63, align 4
  br label %539

538:                                              ; preds = %534
  store i32 0, ptr %63, align 4
  br label %539

539:                                              ; preds = %538, %537, %512, %267, %256
  call void @llvm.lifetime.end.p0(i64 4, ptr %61) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %60) #3
  call void @llvm.lifetime.end.p0(i64 2, ptr %59) #3
  call void @llvm.lifetime.end.p0(i64 56, ptr %58) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %57) #3
  call void @llvm.lifetime.end.p0(i64 288, ptr %56) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %55) #3
  %540 = load i32, ptr %63, align 4
  switch i32 %540, label %1474 [
    i32 0, label %541
    i32 17, label %225
    i32 18, label %547
    i32 20, label %542
  ]

541:                                              ; preds = %539
  br label %542

542:                                              ; preds = %541, %539
  %543 = load i8, ptr @g_82, align 1, !tbaa !15
  %544 = sext i8 %543 to i32
  %545 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %544, i32 noundef 3) #4
  %546 = trunc i32 %545 to i8
  store i8 %546, ptr @g_82, align 1, !tbaa !15
  br label %226, !llvm.loop !29

547:                                              ; preds = %539, %226
  %548 = load i16, ptr %40, align 2, !tbaa !13
  %549 = add i16 %548, -1
  store i16 %549, ptr %40, align 2, !tbaa !13
  br label %550

550:                                              ; preds = %1468, %547
  %551 = load volatile ptr, ptr @g_244, align 8, !tbaa !11
  store ptr %17, ptr %551, align 8, !tbaa !11
  %552 = load i64, ptr %6, align 8, !tbaa !5
  %553 = icmp ne i64 %552, 0
  br i1 %553, label %554, label %619

554:                                              ; preds = %550
  call void @llvm.lifetime.start.p0(i64 4, ptr %94) #3
  store i32 -1436364046, ptr %94, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %95) #3
  store ptr @g_165, ptr %95, align 8, !tbaa !11
  %555 = load i32, ptr %94, align 4, !tbaa !9
  %556 = load i64, ptr %6, align 8, !tbaa !5
  %557 = trunc i64 %556 to i32
  %558 = load ptr, ptr %26, align 8, !tbaa !11
  store i32 %557, ptr %558, align 4, !tbaa !9
  %559 = load i8, ptr @g_82, align 1, !tbaa !15
  %560 = sext i8 %559 to i32
  %561 = load ptr, ptr %38, align 8, !tbaa !11
  %562 = load i32, ptr %561, align 4, !tbaa !9
  %563 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %560, i32 noundef %562) #4
  %564 = icmp eq i32 %557, %563
  br i1 %564, label %565, label %578

565:                                              ; preds = %554
  %566 = load i64, ptr %6, align 8, !tbaa !5
  %567 = load ptr, ptr %95, align 8, !tbaa !11
  %568 = load i16, ptr %567, align 2, !tbaa !13
  %569 = sext i16 %568 to i64
  %570 = and i64 %569, %566
  %571 = trunc i64 %570 to i16
  store i16 %571, ptr %567, align 2, !tbaa !13
  %572 = load volatile i8, ptr @g_201, align 1, !tbaa !15
  %573 = sext i8 %572 to i32
  %574 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %571, i32 noundef %573) #4
  %575 = sext i16 %574 to i64
  %576 = and i64 %575, 0
  %577 = icmp ne i64 %576, 0
  br label %578

578:                                              ; preds = %565, %554
  %579 = phi i1 [ false, %554 ], [ %577, %565 ]
  %580 = zext i1 %579 to i32
  %581 = load ptr, ptr @g_108, align 8, !tbaa !11
  %582 = load i32, ptr %581, align 4, !tbaa !9
  %583 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %580, i32 noundef %582) #4
  %584 = icmp ne i32 %583, 0
  br i1 %584, label %594, label %585

585:                                              ; preds = %578
  %586 = load i64, ptr %6, align 8, !tbaa !5
  %587 = icmp sge i64 1055860575, %586
  %588 = zext i1 %587 to i32
  %589 = trunc i32 %588 to i8
  %590 = load i32, ptr %94, align 4, !tbaa !9
  %591 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %589, i32 noundef %590) #4
  %592 = sext i8 %591 to i32
  %593 = icmp ne i32 %592, 0
  br label %594

594:                                              ; preds = %585, %578
  %595 = phi i1 [ true, %578 ], [ %593, %585 ]
  %596 = zext i1 %595 to i32
  %597 = icmp sgt i32 %555, %596
  %598 = zext i1 %597 to i32
  %599 = sext i32 %598 to i64
  %600 = icmp sle i64 %599, 106
  br i1 %600, label %604, label %601

601:                                              ; preds = %594
  %602 = load i32, ptr %94, align 4, !tbaa !9
  %603 = icmp ne i32 %602, 0
  br label %604

604:                                              ; preds = %601, %594
  %605 = phi i1 [ true, %594 ], [ %603, %601 ]
  %606 = zext i1 %605 to i32
  %607 = sext i32 %606 to i64
  %608 = getelementptr inbounds [6 x [7 x [6 x i8]]], ptr %41, i64 0, i64 4
  %609 = getelementptr inbounds [7 x [6 x i8]], ptr %608, i64 0, i64 3
  %610 = getelementptr inbounds [6 x i8], ptr %609, i64 0, i64 2
  %611 = load i8, ptr %610, align 2, !tbaa !15
  %612 = zext i8 %611 to i64
  %613 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %607, i64 noundef %612) #4
  %614 = load ptr, ptr %34, align 8, !tbaa !11
  %615 = load i32, ptr %614, align 4, !tbaa !9
  %616 = sext i32 %615 to i64
  %617 = xor i64 %616, %613
  %618 = trunc i64 %617 to i32
  store i32 %618, ptr %614, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr %95) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %94) #3
  br label %1471

619:                                              ; preds = %550
  call void @llvm.lifetime.start.p0(i64 1, ptr %96) #3
  store i8 5, ptr %96, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %97) #3
  store ptr @g_57, ptr %97, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 20, ptr %98) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %98, ptr align 16 @__const.func_89.l_311, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(i64 80, ptr %99) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %99, ptr align 16 @__const.func_89.l_314, i64 80, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %100) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %100, ptr align 4 @__const.func_89.l_357, i64 4, i1 false)
  call void @llvm.lifetime.start.p0(i64 80, ptr %101) #3
  store ptr %28, ptr %101, align 8, !tbaa !11
  %620 = getelementptr inbounds ptr, ptr %101, i64 1
  store ptr %37, ptr %620, align 8, !tbaa !11
  %621 = getelementptr inbounds ptr, ptr %101, i64 2
  store ptr %43, ptr %621, align 8, !tbaa !11
  %622 = getelementptr inbounds ptr, ptr %101, i64 3
  store ptr %37, ptr %622, align 8, !tbaa !11
  %623 = getelementptr inbounds ptr, ptr %101, i64 4
  store ptr %28, ptr %623, align 8, !tbaa !11
  %624 = getelementptr inbounds ptr, ptr %101, i64 5
  store ptr %28, ptr %624, align 8, !tbaa !11
  %625 = getelementptr inbounds ptr, ptr %101, i64 6
  store ptr %37, ptr %625, align 8, !tbaa !11
  %626 = getelementptr inbounds ptr, ptr %101, i64 7
  store ptr %43, ptr %626, align 8, !tbaa !11
  %627 = getelementptr inbounds ptr, ptr %101, i64 8
  store ptr %37, ptr %627, align 8, !tbaa !11
  %628 = getelementptr inbounds ptr, ptr %101, i64 9
  store ptr %28, ptr %628, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 2, ptr %102) #3
  store i16 -22897, ptr %102, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 1, ptr %103) #3
  store i8 -91, ptr %103, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %104) #3
  store ptr null, ptr %104, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %105) #3
  store i32 0, ptr %105, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %106) #3
  store i32 0, ptr %11, align 4, !tbaa !9
  br label %629

629:                                              ; preds = %656, %619
  %630 = load i32, ptr %11, align 4, !tbaa !9
  %631 = icmp sle i32 %630, 0
  br i1 %631, label %632, label %659

632:                                              ; preds = %629
  call void @llvm.lifetime.start.p0(i64 8, ptr %107) #3
  store ptr null, ptr %107, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 192, ptr %108) #3
  store ptr null, ptr %108, align 8, !tbaa !11
  %633 = getelementptr inbounds ptr, ptr %108, i64 1
  store ptr %17, ptr %633, align 8, !tbaa !11
  %634 = getelementptr inbounds ptr, ptr %108, i64 2
  store ptr %14, ptr %634, align 8, !tbaa !11
  %635 = getelementptr inbounds ptr, ptr %108, i64 3
  store ptr @g_54, ptr %635, align 8, !tbaa !11
  %636 = getelementptr inbounds ptr, ptr %108, i64 4
  store ptr %14, ptr %636, align 8, !tbaa !11
  %637 = getelementptr inbounds ptr, ptr %108, i64 5
  store ptr %17, ptr %637, align 8, !tbaa !11
  %638 = getelementptr inbounds [6 x ptr], ptr %108, i64 1
  store ptr %14, ptr %638, align 8, !tbaa !11
  %639 = getelementptr inbounds ptr, ptr %638, i64 1
  store ptr null, ptr %639, align 8, !tbaa !11
  %640 = getelementptr inbounds ptr, ptr %638, i64 2
  store ptr %16, ptr %640, align 8, !tbaa !11
  %641 = getelementptr inbounds ptr, ptr %638, i64 3
  store ptr @g_61, ptr %641, align 8, !tbaa !11
  %642 = getelementptr inbounds ptr, ptr %638, i64 4
  store ptr @g_61, ptr %642, align 8, !tbaa !11
  %643 = getelementptr inbounds ptr, ptr %638, i64 5
  store ptr %16, ptr %643, align 8, !tbaa !11
  %644 = getelementptr inbounds [6 x ptr], ptr %108, i64 2
  store ptr %14, ptr %644, align 8, !tbaa !11
  %645 = getelementptr inbounds ptr, ptr %644, i64 1
  store ptr %14, ptr %645, align 8, !tbaa !11
  %646 = getelementptr inbounds ptr, ptr %644, i64 2
  store ptr @g_61, ptr %646, align 8, !tbaa !11
  %647 = getelementptr inbounds ptr, ptr %644, i64 3
  store ptr @g_54, ptr %647, align 8, !tbaa !11
  %648 = getelementptr inbounds ptr, ptr %644, i64 4
  store ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 1), i64 0, i64 1), ptr %648, align 8, !tbaa !11
  %649 = getelementptr inbounds ptr, ptr %644, i64 5
  store ptr @g_54, ptr %649, align 8, !tbaa !11
  %650 = getelementptr inbounds [6 x ptr], ptr %108, i64 3
  store ptr null, ptr %650, align 8, !tbaa !11
  %651 = getelementptr inbounds ptr, ptr %650, i64 1
  store ptr %14, ptr %651, align 8, !tbaa !11
  %652 = getelementptr inbounds ptr, ptr %650, i64 2
  store ptr null, ptr %652, align 8, !tbaa !11
  %653 = getelementptr inbounds ptr, ptr %650, i64 3
  store ptr %16, ptr %653, align 8, !tbaa !11
  %654 = getelementptr inbounds ptr, ptr %650, i64 4
  store ptr @g_61, ptr %654, align 8, !tbaa !11
  %655 = getelementptr inbounds ptr, ptr %650, i64 5
  store ptr @g_61, ptr %655, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %109) #3
  store i32 -7, ptr %109, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %110) #3
  store i32 -1, ptr %110, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %111) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %112) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %112) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %111) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %110) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %109) #3
  call void @llvm.lifetime.end.p0(i64 192, ptr %108) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %107) #3
  br label %656

656:                                              ; preds = %632
  %657 = load i32, ptr %11, align 4, !tbaa !9
  %658 = add nsw i32 %657, 1
  store i32 %658, ptr %11, align 4, !tbaa !9
  br label %629, !llvm.loop !30

659:                                              ; preds = %629
  %660 = icmp ne ptr %97, null
  %661 = zext i1 %660 to i32
  %662 = getelementptr inbounds [10 x ptr], ptr %101, i64 0, i64 8
  %663 = load ptr, ptr %662, align 16, !tbaa !11
  store i32 1, ptr @g_99, align 4, !tbaa !9
  %664 = load volatile ptr, ptr @g_69, align 8, !tbaa !11
  %665 = load i32, ptr %664, align 4, !tbaa !9
  %666 = icmp ne ptr %663, %97
  %667 = zext i1 %666 to i32
  %668 = or i32 %661, %667
  %669 = sext i32 %668 to i64
  %670 = icmp eq i64 %669, -5602738807405203182
  %671 = zext i1 %670 to i32
  %672 = xor i32 %671, -1
  %673 = sext i32 %672 to i64
  %674 = icmp eq i64 %673, 60
  %675 = zext i1 %674 to i32
  %676 = trunc i32 %675 to i8
  %677 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %676, i32 noundef 6) #4
  %678 = sext i8 %677 to i64
  %679 = icmp sle i64 %678, -10
  %680 = zext i1 %679 to i32
  %681 = load i16, ptr %102, align 2, !tbaa !13
  %682 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %681, i16 noundef signext -17570) #4
  %683 = sext i16 %682 to i32
  %684 = load i16, ptr @g_165, align 2, !tbaa !13
  %685 = sext i16 %684 to i32
  %686 = and i32 %683, %685
  %687 = sext i32 %686 to i64
  %688 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %687, i64 noundef 9) #4
  %689 = trunc i64 %688 to i8
  %690 = load i32, ptr %7, align 4, !tbaa !9
  %691 = trunc i32 %690 to i8
  %692 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %689, i8 noundef zeroext %691) #4
  %693 = zext i8 %692 to i64
  store i64 %693, ptr getelementptr inbounds ([2 x i64], ptr @g_2, i64 0, i64 1), align 8, !tbaa !5
  %694 = load ptr, ptr %19, align 8, !tbaa !11
  %695 = load i32, ptr %694, align 4, !tbaa !9
  %696 = sext i32 %695 to i64
  %697 = icmp sgt i64 %693, %696
  %698 = zext i1 %697 to i32
  %699 = load ptr, ptr %19, align 8, !tbaa !11
  store i32 %698, ptr %699, align 4, !tbaa !9
  br i1 %697, label %700, label %1057

700:                                              ; preds = %659
  call void @llvm.lifetime.start.p0(i64 8, ptr %113) #3
  store ptr getelementptr inbounds ([9 x [7 x i32]], ptr @g_149, i64 0, i64 6), ptr %113, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %114) #3
  store ptr null, ptr %114, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %115) #3
  store ptr null, ptr %115, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %116) #3
  store ptr @g_297, ptr %116, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 48, ptr %117) #3
  store ptr %113, ptr %117, align 8, !tbaa !11
  %701 = getelementptr inbounds ptr, ptr %117, i64 1
  store ptr %113, ptr %701, align 8, !tbaa !11
  %702 = getelementptr inbounds ptr, ptr %117, i64 2
  store ptr %116, ptr %702, align 8, !tbaa !11
  %703 = getelementptr inbounds ptr, ptr %117, i64 3
  store ptr %113, ptr %703, align 8, !tbaa !11
  %704 = getelementptr inbounds ptr, ptr %117, i64 4
  store ptr %113, ptr %704, align 8, !tbaa !11
  %705 = getelementptr inbounds ptr, ptr %117, i64 5
  store ptr %116, ptr %705, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %118) #3
  store i32 0, ptr %118, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %119) #3
  store i32 5, ptr %119, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %120) #3
  %706 = load ptr, ptr %113, align 8, !tbaa !11
  store i32 -1389750440, ptr %706, align 4, !tbaa !9
  %707 = load i32, ptr @g_54, align 4, !tbaa !9
  store ptr @g_145, ptr @g_368, align 8, !tbaa !11
  store ptr @g_145, ptr @g_371, align 8, !tbaa !11
  store ptr @g_159, ptr @g_372, align 8, !tbaa !11
  %708 = load i8, ptr %103, align 1, !tbaa !15
  %709 = zext i8 %708 to i32
  %710 = call i32 @safe_add_func_int32_t_s_s(i32 noundef -1536383879, i32 noundef -1) #4
  %711 = sext i32 %710 to i64
  %712 = icmp eq i64 104, %711
  %713 = zext i1 %712 to i32
  %714 = load volatile i16, ptr @g_347, align 4
  %715 = and i16 %714, 16383
  %716 = zext i16 %715 to i32
  %717 = zext i32 %716 to i64
  %718 = xor i64 0, %717
  %719 = trunc i64 %718 to i8
  %720 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %719, i32 noundef 7) #4
  %721 = zext i8 %720 to i32
  %722 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 1), i64 0, i64 1), align 4, !tbaa !9
  %723 = icmp eq i32 %721, %722
  %724 = zext i1 %723 to i32
  %725 = load ptr, ptr @g_160, align 8, !tbaa !11
  %726 = load ptr, ptr %725, align 8, !tbaa !11
  %727 = load i8, ptr %726, align 1, !tbaa !15
  %728 = sext i8 %727 to i32
  %729 = and i32 %709, %728
  %730 = icmp sge i32 1, %729
  %731 = zext i1 %730 to i32
  %732 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 1), i64 0, i64 1), align 4, !tbaa !9
  %733 = icmp eq i32 %731, %732
  %734 = zext i1 %733 to i32
  %735 = xor i32 %734, -1
  %736 = sext i32 %735 to i64
  %737 = icmp sle i64 %736, 177
  %738 = zext i1 %737 to i32
  %739 = xor i32 %707, %738
  %740 = load ptr, ptr %32, align 8, !tbaa !11
  store i32 %739, ptr %740, align 4, !tbaa !9
  %741 = icmp ne i32 %739, 0
  br i1 %741, label %743, label %742

742:                                              ; preds = %700
  br label %743

743:                                              ; preds = %742, %700
  %744 = phi i1 [ true, %700 ], [ true, %742 ]
  %745 = zext i1 %744 to i32
  %746 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef -1389750440, i32 noundef %745) #4
  %747 = trunc i32 %746 to i16
  %748 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %747, i32 noundef 14) #4
  %749 = sext i16 %748 to i32
  %750 = load i32, ptr @g_159, align 4, !tbaa !9
  %751 = icmp ne i32 %749, %750
  %752 = zext i1 %751 to i32
  %753 = sext i32 %752 to i64
  %754 = and i64 0, %753
  %755 = icmp ne i64 %754, 0
  br i1 %755, label %756, label %938

756:                                              ; preds = %743
  call void @llvm.lifetime.start.p0(i64 8, ptr %121) #3
  store ptr %16, ptr %121, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %122) #3
  store ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 8), i64 0, i64 1), ptr %122, align 8, !tbaa !11
  %757 = load i32, ptr %7, align 4, !tbaa !9
  %758 = icmp ne i32 %757, 0
  br i1 %758, label %759, label %855

759:                                              ; preds = %756
  call void @llvm.lifetime.start.p0(i64 56, ptr %123) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %124) #3
  store i32 348835853, ptr %124, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %125) #3
  store i32 0, ptr %125, align 4, !tbaa !9
  br label %760

760:                                              ; preds = %767, %759
  %761 = load i32, ptr %125, align 4, !tbaa !9
  %762 = icmp slt i32 %761, 7
  br i1 %762, label %763, label %770

763:                                              ; preds = %760
  %764 = load i32, ptr %125, align 4, !tbaa !9
  %765 = sext i32 %764 to i64
  %766 = getelementptr inbounds [7 x ptr], ptr %123, i64 0, i64 %765
  store ptr getelementptr inbounds ([9 x [7 x i32]], ptr @g_149, i64 0, i64 8), ptr %766, align 8, !tbaa !11
  br label %767

767:                                              ; preds = %763
  %768 = load i32, ptr %125, align 4, !tbaa !9
  %769 = add nsw i32 %768, 1
  store i32 %769, ptr %125, align 4, !tbaa !9
  br label %760, !llvm.loop !31

770:                                              ; preds = %760
  %771 = load i64, ptr %6, align 8, !tbaa !5
  %772 = trunc i64 %771 to i16
  %773 = load i32, ptr @g_159, align 4, !tbaa !9
  %774 = icmp ne i32 %773, 0
  br i1 %774, label %811, label %775

775:                                              ; preds = %770
  %776 = load i32, ptr %7, align 4, !tbaa !9
  %777 = getelementptr inbounds [7 x ptr], ptr %123, i64 0, i64 2
  %778 = load ptr, ptr %777, align 16, !tbaa !11
  %779 = icmp ne ptr null, %778
  %780 = zext i1 %779 to i32
  %781 = call i32 @safe_unary_minus_func_uint32_t_u(i32 noundef %780) #4
  %782 = zext i32 %781 to i64
  store ptr %20, ptr %121, align 8, !tbaa !11
  %783 = load ptr, ptr %113, align 8, !tbaa !11
  %784 = icmp ne ptr null, %783
  %785 = zext i1 %784 to i32
  %786 = trunc i32 %785 to i8
  %787 = load ptr, ptr %18, align 8, !tbaa !11
  %788 = load i32, ptr %787, align 4, !tbaa !9
  %789 = trunc i32 %788 to i8
  %790 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %786, i8 noundef signext %789) #4
  %791 = load ptr, ptr @g_368, align 8, !tbaa !11
  %792 = load i32, ptr %791, align 4, !tbaa !9
  %793 = zext i32 %792 to i64
  %794 = load i64, ptr %6, align 8, !tbaa !5
  %795 = icmp eq i64 %793, %794
  %796 = zext i1 %795 to i32
  %797 = icmp eq ptr %20, null
  %798 = zext i1 %797 to i32
  %799 = getelementptr inbounds [7 x ptr], ptr %123, i64 0, i64 3
  %800 = load ptr, ptr %799, align 8, !tbaa !11
  %801 = icmp eq ptr %800, null
  %802 = zext i1 %801 to i32
  %803 = load i32, ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([9 x [7 x i32]], ptr @g_149, i64 0, i64 3), i64 0, i64 4), align 4, !tbaa !9
  %804 = xor i32 %802, %803
  %805 = zext i32 %804 to i64
  %806 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %782, i64 noundef %805) #4
  %807 = load i32, ptr @g_128, align 4, !tbaa !9
  %808 = sext i32 %807 to i64
  %809 = or i64 %806, %808
  %810 = icmp ne i64 %809, 0
  br label %811

811:                                              ; preds = %775, %770
  %812 = phi i1 [ true, %770 ], [ %810, %775 ]
  %813 = zext i1 %812 to i32
  %814 = sext i32 %813 to i64
  %815 = load i64, ptr %6, align 8, !tbaa !5
  %816 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %814, i64 noundef %815) #4
  %817 = trunc i64 %816 to i8
  %818 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %817, i32 noundef 5) #4
  %819 = load i64, ptr %6, align 8, !tbaa !5
  %820 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %772, i16 noundef signext 1) #4
  %821 = sext i16 %820 to i32
  %822 = load ptr, ptr %37, align 8, !tbaa !11
  %823 = load i32, ptr %822, align 4, !tbaa !9
  %824 = or i32 %823, %821
  store i32 %824, ptr %822, align 4, !tbaa !9
  %825 = icmp ne i32 %824, 0
  br i1 %825, label %826, label %851

826:                                              ; preds = %811
  call void @llvm.lifetime.start.p0(i64 8, ptr %126) #3
  store ptr %15, ptr %126, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %127) #3
  store ptr null, ptr %127, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %128) #3
  store ptr %45, ptr %128, align 8, !tbaa !11
  %827 = load ptr, ptr %122, align 8, !tbaa !11
  store ptr %827, ptr %33, align 8, !tbaa !11
  %828 = load ptr, ptr %19, align 8, !tbaa !11
  %829 = load i32, ptr %828, align 4, !tbaa !9
  %830 = sext i32 %829 to i64
  %831 = load ptr, ptr %126, align 8, !tbaa !11
  %832 = icmp eq ptr %831, null
  %833 = zext i1 %832 to i32
  %834 = xor i64 %830, 23746
  %835 = trunc i64 %834 to i16
  %836 = load ptr, ptr %45, align 8, !tbaa !11
  %837 = load ptr, ptr %128, align 8, !tbaa !11
  store ptr %836, ptr %837, align 8, !tbaa !11
  %838 = icmp ne ptr %836, null
  %839 = zext i1 %838 to i32
  %840 = trunc i32 %839 to i16
  %841 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %835, i16 noundef zeroext %840) #4
  %842 = zext i16 %841 to i32
  %843 = load ptr, ptr %22, align 8, !tbaa !11
  %844 = load i32, ptr %843, align 4, !tbaa !9
  %845 = or i32 %844, %842
  store i32 %845, ptr %843, align 4, !tbaa !9
  %846 = load ptr, ptr %32, align 8, !tbaa !11
  %847 = load i32, ptr %846, align 4, !tbaa !9
  %848 = or i32 %847, %845
  store i32 %848, ptr %846, align 4, !tbaa !9
  %849 = load i32, ptr %124, align 4, !tbaa !9
  %850 = trunc i32 %849 to i16
  store i16 %850, ptr %5, align 2
  store i32 1, ptr %63, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %128) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %127) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %126) #3
  br label %854

851:                                              ; preds = %811
  store ptr %23, ptr %18, align 8, !tbaa !11
  %852 = load i8, ptr @g_130, align 1, !tbaa !15
  %853 = zext i8 %852 to i16
  store i16 %853, ptr %5, align 2
  store i32 1, ptr %63, align 4
  br label %854

854:                                              ; preds = %851, %826
  call void @llvm.lifetime.end.p0(i64 4, ptr %125) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %124) #3
  call void @llvm.lifetime.end.p0(i64 56, ptr %123) #3
  br label %935

855:                                              ; preds = %756
  call void @llvm.lifetime.start.p0(i64 40, ptr %129) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %130) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %131) #3
  store i32 0, ptr %130, align 4, !tbaa !9
  br label %856

856:                                              ; preds = %874, %855
  %857 = load i32, ptr %130, align 4, !tbaa !9
  %858 = icmp slt i32 %857, 1
  br i1 %858, label %859, label %877

859:                                              ; preds = %856
  store i32 0, ptr %131, align 4, !tbaa !9
  br label %860

860:                                              ; preds = %870, %859
  %861 = load i32, ptr %131, align 4, !tbaa !9
  %862 = icmp slt i32 %861, 5
  br i1 %862, label %863, label %873

863:                                              ; preds = %860
  %864 = load i32, ptr %130, align 4, !tbaa !9
  %865 = sext i32 %864 to i64
  %866 = getelementptr inbounds [1 x [5 x ptr]], ptr %129, i64 0, i64 %865
  %867 = load i32, ptr %131, align 4, !tbaa !9
  %868 = sext i32 %867 to i64
  %869 = getelementptr inbounds [5 x ptr], ptr %866, i64 0, i64 %868
  store ptr @g_54, ptr %869, align 8, !tbaa !11
  br label %870

870:                                              ; preds = %863
  %871 = load i32, ptr %131, align 4, !tbaa !9
  %872 = add nsw i32 %871, 1
  store i32 %872, ptr %131, align 4, !tbaa !9
  br label %860, !llvm.loop !32

873:                                              ; preds = %860
  br label %874

874:                                              ; preds = %873
  %875 = load i32, ptr %130, align 4, !tbaa !9
  %876 = add nsw i32 %875, 1
  store i32 %876, ptr %130, align 4, !tbaa !9
  br label %856, !llvm.loop !33

877:                                              ; preds = %856
  store i16 0, ptr %40, align 2, !tbaa !13
  br label %878

878:                                              ; preds = %928, %877
  %879 = load i16, ptr %40, align 2, !tbaa !13
  %880 = zext i16 %879 to i32
  %881 = icmp ne i32 %880, 45
  br i1 %881, label %882, label %933

882:                                              ; preds = %878
  call void @llvm.lifetime.start.p0(i64 8, ptr %132) #3
  store ptr @g_409, ptr %132, align 8, !tbaa !11
  %883 = load ptr, ptr %121, align 8, !tbaa !11
  store ptr %883, ptr %104, align 8, !tbaa !11
  %884 = getelementptr inbounds [1 x [5 x ptr]], ptr %129, i64 0, i64 0
  %885 = getelementptr inbounds [5 x ptr], ptr %884, i64 0, i64 0
  %886 = load ptr, ptr %885, align 16, !tbaa !11
  %887 = icmp ne ptr %883, %886
  %888 = zext i1 %887 to i32
  %889 = load ptr, ptr %122, align 8, !tbaa !11
  %890 = load i32, ptr %889, align 4, !tbaa !9
  %891 = sext i32 %890 to i64
  %892 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext 2, i32 noundef 12) #4
  %893 = load i64, ptr %6, align 8, !tbaa !5
  %894 = trunc i64 %893 to i32
  %895 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %892, i32 noundef %894) #4
  %896 = sext i16 %895 to i64
  %897 = load ptr, ptr %132, align 8, !tbaa !11
  store i64 %896, ptr %897, align 8, !tbaa !5
  %898 = icmp ne i64 %891, %896
  %899 = zext i1 %898 to i32
  %900 = sext i32 %899 to i64
  %901 = icmp sge i64 242, %900
  %902 = zext i1 %901 to i32
  %903 = load i32, ptr %7, align 4, !tbaa !9
  %904 = xor i32 %902, %903
  %905 = and i32 %888, %904
  %906 = load ptr, ptr %18, align 8, !tbaa !11
  %907 = load i32, ptr %906, align 4, !tbaa !9
  %908 = or i32 %907, %905
  store i32 %908, ptr %906, align 4, !tbaa !9
  %909 = load i32, ptr %118, align 4, !tbaa !9
  %910 = or i32 %909, %908
  store i32 %910, ptr %118, align 4, !tbaa !9
  %911 = load ptr, ptr %132, align 8, !tbaa !11
  %912 = icmp eq ptr null, %911
  %913 = zext i1 %912 to i32
  %914 = load ptr, ptr %97, align 8, !tbaa !11
  store i32 %913, ptr %914, align 4, !tbaa !9
  %915 = load volatile ptr, ptr @g_244, align 8, !tbaa !11
  %916 = load ptr, ptr %915, align 8, !tbaa !11
  %917 = load i32, ptr %916, align 4, !tbaa !9
  %918 = icmp ne i32 %917, 0
  br i1 %918, label %919, label %920

919:                                              ; preds = %882
  store i32 57, ptr %63, align 4
  br label %925

920:                                              ; preds = %882
  %921 = load i32, ptr %7, align 4, !tbaa !9
  %922 = icmp ne i32 %921, 0
  br i1 %922, label %923, label %924

923:                                              ; preds = %920
  store i32 55, ptr %63, align 4
  br label %925

924:                                              ; preds = %920
  store i32 0, ptr %63, align 4
  br label %925

925:                                              ; preds = %924, %923, %919
  call void @llvm.lifetime.end.p0(i64 8, ptr %132) #3
  %926 = load i32, ptr %63, align 4
  switch i32 %926, label %1476 [
    i32 0, label %927
    i32 57, label %928
    i32 55, label %933
  ]

927:                                              ; preds = %925
  br label %928

928:                                              ; preds = %927, %925
  %929 = load i16, ptr %40, align 2, !tbaa !13
  %930 = zext i16 %929 to i32
  %931 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %930, i32 noundef 5) #4
  %932 = trunc i32 %931 to i16
  store i16 %932, ptr %40, align 2, !tbaa !13
  br label %878, !llvm.loop !34

933:                                              ; preds = %925, %878
  call void @llvm.lifetime.end.p0(i64 4, ptr %131) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %130) #3
  call void @llvm.lifetime.end.p0(i64 40, ptr %129) #3
  br label %934

934:                                              ; preds = %933
  store i32 0, ptr %63, align 4
  br label %935

935:                                              ; preds = %934, %854
  call void @llvm.lifetime.end.p0(i64 8, ptr %122) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %121) #3
  %936 = load i32, ptr %63, align 4
  switch i32 %936, label %1054 [
    i32 0, label %937
  ]

937:                                              ; preds = %935
  br label %1053

938:                                              ; preds = %743
  call void @llvm.lifetime.start.p0(i64 4, ptr %133) #3
  store i32 -10, ptr %133, align 4, !tbaa !9
  store i32 0, ptr %11, align 4, !tbaa !9
  br label %939

939:                                              ; preds = %1049, %938
  %940 = load i32, ptr %11, align 4, !tbaa !9
  %941 = icmp slt i32 %940, 27
  br i1 %941, label %942, label %1052

942:                                              ; preds = %939
  call void @llvm.lifetime.start.p0(i64 32, ptr %134) #3
  call void @llvm.lifetime.start.p0(i64 240, ptr %135) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %135, ptr align 16 @__const.func_89.l_434, i64 240, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %136) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %137) #3
  store i32 0, ptr %136, align 4, !tbaa !9
  br label %943

943:                                              ; preds = %961, %942
  %944 = load i32, ptr %136, align 4, !tbaa !9
  %945 = icmp slt i32 %944, 2
  br i1 %945, label %946, label %964

946:                                              ; preds = %943
  store i32 0, ptr %137, align 4, !tbaa !9
  br label %947

947:                                              ; preds = %957, %946
  %948 = load i32, ptr %137, align 4, !tbaa !9
  %949 = icmp slt i32 %948, 2
  br i1 %949, label %950, label %960

950:                                              ; preds = %947
  %951 = load i32, ptr %136, align 4, !tbaa !9
  %952 = sext i32 %951 to i64
  %953 = getelementptr inbounds [2 x [2 x i64]], ptr %134, i64 0, i64 %952
  %954 = load i32, ptr %137, align 4, !tbaa !9
  %955 = sext i32 %954 to i64
  %956 = getelementptr inbounds [2 x i64], ptr %953, i64 0, i64 %955
  store i64 5477749190710442323, ptr %956, align 8, !tbaa !5
  br label %957

957:                                              ; preds = %950
  %958 = load i32, ptr %137, align 4, !tbaa !9
  %959 = add nsw i32 %958, 1
  store i32 %959, ptr %137, align 4, !tbaa !9
  br label %947, !llvm.loop !35

960:                                              ; preds = %947
  br label %961

961:                                              ; preds = %960
  %962 = load i32, ptr %136, align 4, !tbaa !9
  %963 = add nsw i32 %962, 1
  store i32 %963, ptr %136, align 4, !tbaa !9
  br label %943, !llvm.loop !36

964:                                              ; preds = %943
  %965 = load i32, ptr %133, align 4, !tbaa !9
  %966 = icmp ne i32 %965, 0
  br i1 %966, label %967, label %968

967:                                              ; preds = %964
  store i32 58, ptr %63, align 4
  br label %1046

968:                                              ; preds = %964
  %969 = load i32, ptr %133, align 4, !tbaa !9
  %970 = load i32, ptr %7, align 4, !tbaa !9
  %971 = xor i32 %969, %970
  %972 = trunc i32 %971 to i8
  %973 = load i16, ptr @g_165, align 2, !tbaa !13
  %974 = load i32, ptr %133, align 4, !tbaa !9
  %975 = icmp ne i32 %974, 0
  br i1 %975, label %987, label %976

976:                                              ; preds = %968
  %977 = load i32, ptr %7, align 4, !tbaa !9
  %978 = trunc i32 %977 to i16
  %979 = load i8, ptr @g_309, align 8, !tbaa !15
  %980 = sext i8 %979 to i32
  %981 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %978, i32 noundef %980) #4
  %982 = sext i16 %981 to i32
  %983 = icmp ne i32 %982, 0
  br i1 %983, label %987, label %984

984:                                              ; preds = %976
  %985 = load i32, ptr %7, align 4, !tbaa !9
  %986 = icmp ne i32 %985, 0
  br label %987

987:                                              ; preds = %984, %976, %968
  %988 = phi i1 [ true, %976 ], [ true, %968 ], [ %986, %984 ]
  %989 = zext i1 %988 to i32
  %990 = getelementptr inbounds [2 x [2 x i64]], ptr %134, i64 0, i64 0
  %991 = getelementptr inbounds [2 x i64], ptr %990, i64 0, i64 0
  %992 = load i64, ptr %991, align 16, !tbaa !5
  %993 = trunc i64 %992 to i32
  %994 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %989, i32 noundef %993) #4
  %995 = zext i32 %994 to i64
  %996 = load i64, ptr %6, align 8, !tbaa !5
  %997 = icmp sle i64 %995, %996
  %998 = zext i1 %997 to i32
  %999 = sext i32 %998 to i64
  %1000 = icmp sge i64 -3, %999
  %1001 = zext i1 %1000 to i32
  %1002 = trunc i32 %1001 to i16
  %1003 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @g_2, i64 0, i64 1), align 8, !tbaa !5
  %1004 = trunc i64 %1003 to i16
  %1005 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %1002, i16 noundef signext %1004) #4
  %1006 = trunc i16 %1005 to i8
  %1007 = getelementptr inbounds [2 x [2 x i64]], ptr %134, i64 0, i64 0
  %1008 = getelementptr inbounds [2 x i64], ptr %1007, i64 0, i64 0
  %1009 = load i64, ptr %1008, align 16, !tbaa !5
  %1010 = trunc i64 %1009 to i8
  %1011 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %1006, i8 noundef zeroext %1010) #4
  %1012 = zext i8 %1011 to i64
  %1013 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef -2, i64 noundef %1012) #4
  %1014 = trunc i64 %1013 to i32
  %1015 = load ptr, ptr @g_108, align 8, !tbaa !11
  %1016 = load i32, ptr %1015, align 4, !tbaa !9
  %1017 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1014, i32 noundef %1016) #4
  %1018 = load volatile ptr, ptr @g_244, align 8, !tbaa !11
  %1019 = load ptr, ptr %1018, align 8, !tbaa !11
  %1020 = load i32, ptr %1019, align 4, !tbaa !9
  %1021 = and i32 %1017, %1020
  %1022 = trunc i32 %1021 to i16
  %1023 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %973, i16 noundef zeroext %1022) #4
  %1024 = zext i16 %1023 to i64
  %1025 = icmp slt i64 -1, %1024
  %1026 = zext i1 %1025 to i32
  %1027 = trunc i32 %1026 to i8
  %1028 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %972, i8 noundef zeroext %1027) #4
  %1029 = zext i8 %1028 to i32
  store i32 %1029, ptr %118, align 4, !tbaa !9
  %1030 = load i32, ptr %119, align 4, !tbaa !9
  %1031 = icmp sgt i32 %1029, %1030
  %1032 = zext i1 %1031 to i32
  %1033 = getelementptr inbounds [2 x [2 x i64]], ptr %134, i64 0, i64 0
  %1034 = getelementptr inbounds [2 x i64], ptr %1033, i64 0, i64 0
  %1035 = load i64, ptr %1034, align 16, !tbaa !5
  %1036 = trunc i64 %1035 to i16
  %1037 = getelementptr inbounds [2 x [2 x i64]], ptr %134, i64 0, i64 0
  %1038 = getelementptr inbounds [2 x i64], ptr %1037, i64 0, i64 0
  %1039 = load i64, ptr %1038, align 16, !tbaa !5
  %1040 = trunc i64 %1039 to i16
  %1041 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %1036, i16 noundef signext %1040) #4
  %1042 = sext i16 %1041 to i32
  %1043 = load ptr, ptr %34, align 8, !tbaa !11
  %1044 = load i32, ptr %1043, align 4, !tbaa !9
  %1045 = xor i32 %1044, %1042
  store i32 %1045, ptr %1043, align 4, !tbaa !9
  store i32 0, ptr %63, align 4
  br label %1046

1046:                                             ; preds = %987, %967
  call void @llvm.lifetime.end.p0(i64 4, ptr %137) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %136) #3
  call void @llvm.lifetime.end.p0(i64 240, ptr %135) #3
  call void @llvm.lifetime.end.p0(i64 32, ptr %134) #3
  %1047 = load i32, ptr %63, align 4
  switch i32 %1047, label %1476 [
    i32 0, label %1048
    i32 58, label %1052
  ]

1048:                                             ; preds = %1046
  br label %1049

1049:                                             ; preds = %1048
  %1050 = load i32, ptr %11, align 4, !tbaa !9
  %1051 = add nsw i32 %1050, 1
  store i32 %1051, ptr %11, align 4, !tbaa !9
  br label %939, !llvm.loop !37

1052:                                             ; preds = %1046, %939
  call void @llvm.lifetime.end.p0(i64 4, ptr %133) #3
  br label %1053

1053:                                             ; preds = %1052, %937
  store i32 0, ptr %63, align 4
  br label %1054

1054:                                             ; preds = %1053, %935
  call void @llvm.lifetime.end.p0(i64 4, ptr %120) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %119) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %118) #3
  call void @llvm.lifetime.end.p0(i64 48, ptr %117) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %116) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %115) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %114) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %113) #3
  %1055 = load i32, ptr %63, align 4
  switch i32 %1055, label %1468 [
    i32 0, label %1056
  ]

1056:                                             ; preds = %1054
  br label %1467

1057:                                             ; preds = %659
  call void @llvm.lifetime.start.p0(i64 8, ptr %138) #3
  store ptr @g_57, ptr %138, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %139) #3
  store i32 -1272844262, ptr %139, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %140) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %140, ptr align 4 @__const.func_89.l_448, i64 4, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %141) #3
  store i32 50656436, ptr %141, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %142) #3
  store i16 15412, ptr %142, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %143) #3
  store i32 -1137204989, ptr %143, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 24, ptr %144) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %144, ptr align 16 @__const.func_89.l_551, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %145) #3
  %1058 = load volatile ptr, ptr @g_244, align 8, !tbaa !11
  %1059 = load ptr, ptr %1058, align 8, !tbaa !11
  %1060 = load i32, ptr %1059, align 4, !tbaa !9
  %1061 = icmp ne i32 %1060, 0
  br i1 %1061, label %1062, label %1112

1062:                                             ; preds = %1057
  call void @llvm.lifetime.start.p0(i64 72, ptr %146) #3
  store ptr %11, ptr %146, align 8, !tbaa !11
  %1063 = getelementptr inbounds ptr, ptr %146, i64 1
  store ptr %11, ptr %1063, align 8, !tbaa !11
  %1064 = getelementptr inbounds ptr, ptr %146, i64 2
  store ptr %11, ptr %1064, align 8, !tbaa !11
  %1065 = getelementptr inbounds ptr, ptr %146, i64 3
  store ptr %11, ptr %1065, align 8, !tbaa !11
  %1066 = getelementptr inbounds ptr, ptr %146, i64 4
  store ptr %11, ptr %1066, align 8, !tbaa !11
  %1067 = getelementptr inbounds ptr, ptr %146, i64 5
  store ptr %11, ptr %1067, align 8, !tbaa !11
  %1068 = getelementptr inbounds ptr, ptr %146, i64 6
  store ptr %11, ptr %1068, align 8, !tbaa !11
  %1069 = getelementptr inbounds ptr, ptr %146, i64 7
  store ptr %11, ptr %1069, align 8, !tbaa !11
  %1070 = getelementptr inbounds ptr, ptr %146, i64 8
  store ptr %11, ptr %1070, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %147) #3
  store ptr null, ptr %147, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %148) #3
  store ptr %103, ptr %148, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %149) #3
  %1071 = getelementptr inbounds [9 x ptr], ptr %146, i64 0, i64 4
  store ptr %23, ptr %1071, align 16, !tbaa !11
  store ptr %23, ptr %138, align 8, !tbaa !11
  %1072 = load i64, ptr %46, align 8, !tbaa !5
  %1073 = icmp eq i64 3591078152, %1072
  %1074 = zext i1 %1073 to i32
  %1075 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 8), i64 0, i64 3), align 4, !tbaa !9
  %1076 = sext i32 %1075 to i64
  %1077 = load ptr, ptr %138, align 8, !tbaa !11
  %1078 = load i32, ptr %1077, align 4, !tbaa !9
  %1079 = sext i32 %1078 to i64
  %1080 = or i64 %1079, 1
  %1081 = icmp ne i64 %1076, %1080
  %1082 = zext i1 %1081 to i32
  %1083 = or i32 %1074, %1082
  %1084 = load ptr, ptr @g_372, align 8, !tbaa !11
  %1085 = load i32, ptr %1084, align 4, !tbaa !9
  %1086 = load ptr, ptr %148, align 8, !tbaa !11
  store i8 -9, ptr %1086, align 1, !tbaa !15
  %1087 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext 0, i16 noundef signext 4) #4
  %1088 = sext i16 %1087 to i32
  %1089 = icmp ne i32 %1088, 0
  br i1 %1089, label %1090, label %1094

1090:                                             ; preds = %1062
  %1091 = load ptr, ptr @g_108, align 8, !tbaa !11
  %1092 = load i32, ptr %1091, align 4, !tbaa !9
  %1093 = icmp ne i32 %1092, 0
  br label %1094

1094:                                             ; preds = %1090, %1062
  %1095 = phi i1 [ false, %1062 ], [ %1093, %1090 ]
  %1096 = zext i1 %1095 to i32
  %1097 = trunc i32 %1096 to i16
  %1098 = load i32, ptr @g_159, align 4, !tbaa !9
  %1099 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %1097, i32 noundef %1098) #4
  %1100 = zext i16 %1099 to i32
  %1101 = icmp ne i32 -1272844262, %1100
  %1102 = zext i1 %1101 to i32
  %1103 = trunc i32 %1102 to i16
  %1104 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %1103, i32 noundef 7) #4
  %1105 = zext i16 %1104 to i32
  %1106 = load ptr, ptr %138, align 8, !tbaa !11
  %1107 = load i32, ptr %1106, align 4, !tbaa !9
  %1108 = icmp sgt i32 %1105, %1107
  %1109 = zext i1 %1108 to i32
  store ptr %11, ptr %30, align 8, !tbaa !11
  %1110 = getelementptr inbounds [9 x ptr], ptr %146, i64 0, i64 5
  %1111 = load ptr, ptr %1110, align 8, !tbaa !11
  store ptr %1111, ptr %138, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 4, ptr %149) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %148) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %147) #3
  call void @llvm.lifetime.end.p0(i64 72, ptr %146) #3
  br label %1423

1112:                                             ; preds = %1057
  call void @llvm.lifetime.start.p0(i64 64, ptr %150) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %150, ptr align 16 @__const.func_89.l_462, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(i64 60, ptr %151) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %151, ptr align 16 @__const.func_89.l_464, i64 60, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %152) #3
  store i32 0, ptr %152, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %153) #3
  store ptr %103, ptr %153, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 56, ptr %154) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %154, ptr align 16 @__const.func_89.l_520, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %155) #3
  store ptr %96, ptr %155, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %156) #3
  store ptr @g_2, ptr %156, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %157) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %158) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %159) #3
  %1113 = load i16, ptr @g_192, align 2, !tbaa !13
  %1114 = add i16 %1113, -1
  store i16 %1114, ptr @g_192, align 2, !tbaa !13
  %1115 = icmp ne i16 %1114, 0
  %1116 = xor i1 %1115, true
  %1117 = zext i1 %1116 to i32
  %1118 = trunc i32 %1117 to i16
  %1119 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %1118, i32 noundef 8) #4
  %1120 = zext i16 %1119 to i32
  %1121 = icmp ne i32 %1120, 0
  br i1 %1121, label %1122, label %1173

1122:                                             ; preds = %1112
  %1123 = load i32, ptr @g_54, align 4, !tbaa !9
  %1124 = trunc i32 %1123 to i16
  %1125 = load i32, ptr %7, align 4, !tbaa !9
  store i32 %1125, ptr %47, align 4, !tbaa !9
  %1126 = trunc i32 %1125 to i16
  %1127 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %1124, i16 noundef zeroext %1126) #4
  %1128 = zext i16 %1127 to i32
  %1129 = getelementptr inbounds [5 x [3 x [1 x i32]]], ptr %151, i64 0, i64 1
  %1130 = getelementptr inbounds [3 x [1 x i32]], ptr %1129, i64 0, i64 2
  %1131 = getelementptr inbounds [1 x i32], ptr %1130, i64 0, i64 0
  %1132 = load i32, ptr %1131, align 4, !tbaa !9
  %1133 = xor i32 %1132, %1128
  store i32 %1133, ptr %1131, align 4, !tbaa !9
  %1134 = load ptr, ptr @g_371, align 8, !tbaa !11
  store i32 %1133, ptr %1134, align 4, !tbaa !9
  %1135 = zext i32 %1133 to i64
  %1136 = or i64 0, %1135
  %1137 = trunc i64 %1136 to i8
  %1138 = load ptr, ptr %138, align 8, !tbaa !11
  %1139 = load i32, ptr %1138, align 4, !tbaa !9
  %1140 = load i32, ptr @g_297, align 4, !tbaa !9
  %1141 = load i32, ptr %141, align 4, !tbaa !9
  %1142 = trunc i32 %1141 to i8
  %1143 = load i32, ptr %152, align 4, !tbaa !9
  %1144 = sext i32 %1143 to i64
  %1145 = load ptr, ptr %32, align 8, !tbaa !11
  %1146 = load i32, ptr %1145, align 4, !tbaa !9
  %1147 = trunc i32 %1146 to i8
  %1148 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext -94, i8 noundef zeroext %1147) #4
  %1149 = zext i8 %1148 to i64
  %1150 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %1144, i64 noundef %1149) #4
  %1151 = trunc i64 %1150 to i32
  %1152 = load ptr, ptr %138, align 8, !tbaa !11
  store i32 %1151, ptr %1152, align 4, !tbaa !9
  %1153 = trunc i32 %1151 to i16
  %1154 = load i32, ptr %152, align 4, !tbaa !9
  %1155 = trunc i32 %1154 to i16
  %1156 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %1153, i16 noundef zeroext %1155) #4
  %1157 = zext i16 %1156 to i32
  %1158 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %1142, i32 noundef %1157) #4
  %1159 = load i32, ptr %152, align 4, !tbaa !9
  %1160 = trunc i32 %1159 to i8
  %1161 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %1158, i8 noundef signext %1160) #4
  %1162 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %1161, i32 noundef 3) #4
  %1163 = zext i8 %1162 to i32
  %1164 = load ptr, ptr %18, align 8, !tbaa !11
  %1165 = load i32, ptr %1164, align 4, !tbaa !9
  %1166 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1163, i32 noundef %1165) #4
  %1167 = and i32 %1140, %1166
  %1168 = trunc i32 %1167 to i8
  %1169 = load ptr, ptr %153, align 8, !tbaa !11
  store i8 %1168, ptr %1169, align 1, !tbaa !15
  %1170 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %1137, i8 noundef signext %1168) #4
  %1171 = sext i8 %1170 to i32
  %1172 = icmp ne i32 %1171, 0
  br label %1173

1173:                                             ; preds = %1122, %1112
  %1174 = phi i1 [ false, %1112 ], [ %1172, %1122 ]
  %1175 = zext i1 %1174 to i32
  %1176 = load i16, ptr %142, align 2, !tbaa !13
  %1177 = sext i16 %1176 to i32
  %1178 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %1175, i32 noundef %1177) #4
  %1179 = trunc i32 %1178 to i16
  %1180 = getelementptr inbounds [4 x [8 x [6 x i32]]], ptr %48, i64 0, i64 3
  %1181 = getelementptr inbounds [8 x [6 x i32]], ptr %1180, i64 0, i64 7
  %1182 = getelementptr inbounds [6 x i32], ptr %1181, i64 0, i64 3
  %1183 = load i32, ptr %1182, align 4, !tbaa !9
  %1184 = trunc i32 %1183 to i16
  %1185 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1179, i16 noundef signext %1184) #4
  %1186 = sext i16 %1185 to i32
  %1187 = icmp ne i32 %1186, 0
  br i1 %1187, label %1191, label %1188

1188:                                             ; preds = %1173
  %1189 = load i32, ptr getelementptr inbounds ([9 x [7 x i32]], ptr @g_149, i64 0, i64 8), align 16, !tbaa !9
  %1190 = icmp ne i32 %1189, 0
  br label %1191

1191:                                             ; preds = %1188, %1173
  %1192 = phi i1 [ true, %1173 ], [ %1190, %1188 ]
  %1193 = zext i1 %1192 to i32
  %1194 = load ptr, ptr %33, align 8, !tbaa !11
  store i32 %1193, ptr %1194, align 4, !tbaa !9
  br i1 %1192, label %1195, label %1335

1195:                                             ; preds = %1191
  %1196 = load i32, ptr %7, align 4, !tbaa !9
  %1197 = icmp ne i32 %1196, 0
  br i1 %1197, label %1198, label %1206

1198:                                             ; preds = %1195
  call void @llvm.lifetime.start.p0(i64 8, ptr %160) #3
  store ptr %152, ptr %160, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %161) #3
  store ptr null, ptr %161, align 8, !tbaa !11
  %1199 = load ptr, ptr %138, align 8, !tbaa !11
  %1200 = load i32, ptr %1199, align 4, !tbaa !9
  %1201 = load ptr, ptr %34, align 8, !tbaa !11
  %1202 = load i32, ptr %1201, align 4, !tbaa !9
  %1203 = xor i32 %1202, %1200
  store i32 %1203, ptr %1201, align 4, !tbaa !9
  %1204 = load ptr, ptr %160, align 8, !tbaa !11
  %1205 = load volatile ptr, ptr @g_486, align 8, !tbaa !11
  store ptr %1204, ptr %1205, align 8, !tbaa !11
  store ptr %11, ptr %138, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 8, ptr %161) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %160) #3
  br label %1334

1206:                                             ; preds = %1195
  call void @llvm.lifetime.start.p0(i64 8, ptr %162) #3
  store ptr @g_409, ptr %162, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %163) #3
  store ptr @g_491, ptr %163, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %164) #3
  store i32 1476686638, ptr %164, align 4, !tbaa !9
  %1207 = getelementptr inbounds [5 x [3 x [1 x i32]]], ptr %151, i64 0, i64 4
  %1208 = getelementptr inbounds [3 x [1 x i32]], ptr %1207, i64 0, i64 0
  %1209 = getelementptr inbounds [1 x i32], ptr %1208, i64 0, i64 0
  %1210 = load volatile ptr, ptr @g_244, align 8, !tbaa !11
  store ptr %1209, ptr %1210, align 8, !tbaa !11
  %1211 = load ptr, ptr %138, align 8, !tbaa !11
  %1212 = load i32, ptr %1211, align 4, !tbaa !9
  %1213 = load ptr, ptr %153, align 8, !tbaa !11
  %1214 = load i8, ptr %1213, align 1, !tbaa !15
  %1215 = zext i8 %1214 to i64
  %1216 = and i64 %1215, 90
  %1217 = trunc i64 %1216 to i8
  store i8 %1217, ptr %1213, align 1, !tbaa !15
  %1218 = load i32, ptr %7, align 4, !tbaa !9
  %1219 = zext i32 %1218 to i64
  %1220 = load ptr, ptr %162, align 8, !tbaa !11
  store i64 %1219, ptr %1220, align 8, !tbaa !5
  %1221 = load ptr, ptr %163, align 8, !tbaa !11
  store i64 %1219, ptr %1221, align 8, !tbaa !5
  %1222 = icmp ne i64 %1219, 0
  br i1 %1222, label %1313, label %1223

1223:                                             ; preds = %1206
  %1224 = load i32, ptr %7, align 4, !tbaa !9
  %1225 = zext i32 %1224 to i64
  %1226 = icmp ne i64 %1225, 2
  %1227 = zext i1 %1226 to i32
  %1228 = sext i32 %1227 to i64
  %1229 = load ptr, ptr @g_160, align 8, !tbaa !11
  %1230 = load ptr, ptr %1229, align 8, !tbaa !11
  %1231 = load i8, ptr %1230, align 1, !tbaa !15
  %1232 = sext i8 %1231 to i32
  %1233 = load ptr, ptr %28, align 8, !tbaa !11
  %1234 = load i32, ptr %1233, align 4, !tbaa !9
  %1235 = icmp sge i32 %1232, %1234
  %1236 = zext i1 %1235 to i32
  %1237 = load i32, ptr %164, align 4, !tbaa !9
  %1238 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1236, i32 noundef %1237) #4
  %1239 = trunc i32 %1238 to i8
  %1240 = load ptr, ptr %8, align 8, !tbaa !11
  %1241 = load i8, ptr %1240, align 1, !tbaa !15
  %1242 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %1239, i8 noundef signext %1241) #4
  %1243 = sext i8 %1242 to i64
  %1244 = load i8, ptr @g_82, align 1, !tbaa !15
  %1245 = sext i8 %1244 to i64
  %1246 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %1243, i64 noundef %1245) #4
  %1247 = icmp eq i64 %1228, -1
  br i1 %1247, label %1252, label %1248

1248:                                             ; preds = %1223
  %1249 = load ptr, ptr @g_371, align 8, !tbaa !11
  %1250 = load i32, ptr %1249, align 4, !tbaa !9
  %1251 = icmp ne i32 %1250, 0
  br label %1252

1252:                                             ; preds = %1248, %1223
  %1253 = phi i1 [ true, %1223 ], [ %1251, %1248 ]
  %1254 = zext i1 %1253 to i32
  %1255 = trunc i32 %1254 to i8
  %1256 = load ptr, ptr %8, align 8, !tbaa !11
  store i8 %1255, ptr %1256, align 1, !tbaa !15
  %1257 = icmp ne i8 %1255, 0
  %1258 = xor i1 %1257, true
  %1259 = zext i1 %1258 to i32
  %1260 = sext i32 %1259 to i64
  %1261 = icmp sle i64 %1260, 3767133699
  %1262 = zext i1 %1261 to i32
  %1263 = trunc i32 %1262 to i8
  %1264 = load i32, ptr %7, align 4, !tbaa !9
  %1265 = trunc i32 %1264 to i8
  %1266 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1263, i8 noundef zeroext %1265) #4
  %1267 = zext i8 %1266 to i64
  %1268 = load ptr, ptr %138, align 8, !tbaa !11
  %1269 = load i32, ptr %1268, align 4, !tbaa !9
  %1270 = sext i32 %1269 to i64
  %1271 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %1267, i64 noundef %1270) #4
  %1272 = icmp ne i64 %1271, 62677
  %1273 = zext i1 %1272 to i32
  %1274 = load i8, ptr @g_131, align 1, !tbaa !15
  %1275 = sext i8 %1274 to i32
  %1276 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext -1, i32 noundef %1275) #4
  %1277 = sext i8 %1276 to i64
  %1278 = load ptr, ptr %138, align 8, !tbaa !11
  %1279 = load i32, ptr %1278, align 4, !tbaa !9
  %1280 = sext i32 %1279 to i64
  %1281 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %1277, i64 noundef %1280) #4
  %1282 = load ptr, ptr %138, align 8, !tbaa !11
  %1283 = load i32, ptr %1282, align 4, !tbaa !9
  %1284 = sext i32 %1283 to i64
  %1285 = or i64 %1281, %1284
  %1286 = trunc i64 %1285 to i16
  %1287 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext -10321, i16 noundef zeroext %1286) #4
  %1288 = load volatile i16, ptr @g_347, align 4
  %1289 = and i16 %1288, 16383
  %1290 = zext i16 %1289 to i32
  %1291 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1287, i32 noundef %1290) #4
  %1292 = sext i16 %1291 to i32
  %1293 = load ptr, ptr %138, align 8, !tbaa !11
  %1294 = load i32, ptr %1293, align 4, !tbaa !9
  %1295 = xor i32 %1292, %1294
  %1296 = trunc i32 %1295 to i8
  %1297 = load i32, ptr %49, align 4, !tbaa !9
  %1298 = trunc i32 %1297 to i8
  %1299 = call zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %1296, i8 noundef zeroext %1298) #4
  %1300 = zext i8 %1299 to i16
  store i16 %1300, ptr @g_165, align 2, !tbaa !13
  %1301 = load i32, ptr %7, align 4, !tbaa !9
  %1302 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %1300, i32 noundef %1301) #4
  %1303 = sext i16 %1302 to i32
  %1304 = xor i32 %1303, -1
  %1305 = load i32, ptr %7, align 4, !tbaa !9
  %1306 = icmp ult i32 %1304, %1305
  %1307 = zext i1 %1306 to i32
  %1308 = trunc i32 %1307 to i16
  %1309 = load i16, ptr getelementptr inbounds ([9 x i16], ptr @g_344, i64 0, i64 7), align 2, !tbaa !13
  %1310 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %1308, i16 noundef zeroext %1309) #4
  %1311 = zext i16 %1310 to i32
  %1312 = icmp ne i32 %1311, 0
  br label %1313

1313:                                             ; preds = %1252, %1206
  %1314 = phi i1 [ true, %1206 ], [ %1312, %1252 ]
  %1315 = zext i1 %1314 to i32
  %1316 = load ptr, ptr %35, align 8, !tbaa !11
  store i32 %1315, ptr %1316, align 4, !tbaa !9
  %1317 = sext i32 %1315 to i64
  %1318 = xor i64 %1317, 23778
  %1319 = trunc i64 %1318 to i8
  %1320 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %1217, i8 noundef zeroext %1319) #4
  %1321 = zext i8 %1320 to i32
  %1322 = getelementptr inbounds [1 x [2 x [7 x i32]]], ptr %154, i64 0, i64 0
  %1323 = getelementptr inbounds [2 x [7 x i32]], ptr %1322, i64 0, i64 1
  %1324 = getelementptr inbounds [7 x i32], ptr %1323, i64 0, i64 0
  %1325 = load i32, ptr %1324, align 4, !tbaa !9
  %1326 = xor i32 %1325, %1321
  store i32 %1326, ptr %1324, align 4, !tbaa !9
  %1327 = load i32, ptr %11, align 4, !tbaa !9
  %1328 = icmp ne i32 %1327, 0
  br i1 %1328, label %1329, label %1330

1329:                                             ; preds = %1313
  store i32 67, ptr %63, align 4
  br label %1331

1330:                                             ; preds = %1313
  store i32 0, ptr %63, align 4
  br label %1331

1331:                                             ; preds = %1330, %1329
  call void @llvm.lifetime.end.p0(i64 4, ptr %164) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %163) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %162) #3
  %1332 = load i32, ptr %63, align 4
  switch i32 %1332, label %1421 [
    i32 0, label %1333
  ]

1333:                                             ; preds = %1331
  br label %1334

1334:                                             ; preds = %1333, %1198
  br label %1338

1335:                                             ; preds = %1191
  %1336 = load ptr, ptr %50, align 8, !tbaa !11
  %1337 = load volatile ptr, ptr @g_522, align 8, !tbaa !11
  store ptr %1336, ptr %1337, align 8, !tbaa !11
  br label %1338

1338:                                             ; preds = %1335, %1334
  %1339 = load ptr, ptr @g_371, align 8, !tbaa !11
  %1340 = load i32, ptr %1339, align 4, !tbaa !9
  %1341 = load ptr, ptr %25, align 8, !tbaa !11
  %1342 = load i32, ptr %1341, align 4, !tbaa !9
  %1343 = sext i32 %1342 to i64
  %1344 = load volatile i16, ptr @g_347, align 4
  %1345 = and i16 %1344, 16383
  %1346 = zext i16 %1345 to i32
  %1347 = load i32, ptr %7, align 4, !tbaa !9
  %1348 = trunc i32 %1347 to i16
  %1349 = load i32, ptr %7, align 4, !tbaa !9
  %1350 = trunc i32 %1349 to i16
  %1351 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %1350, i32 noundef 7) #4
  %1352 = zext i16 %1351 to i64
  %1353 = call i64 @safe_add_func_int64_t_s_s(i64 noundef -1, i64 noundef %1352) #4
  %1354 = load i32, ptr @g_57, align 4, !tbaa !9
  %1355 = sext i32 %1354 to i64
  %1356 = load i64, ptr @g_409, align 8, !tbaa !5
  %1357 = xor i64 %1355, -9
  %1358 = load i32, ptr @g_99, align 4, !tbaa !9
  %1359 = zext i32 %1358 to i64
  %1360 = icmp eq i64 %1353, %1359
  %1361 = zext i1 %1360 to i32
  %1362 = trunc i32 %1361 to i8
  %1363 = load ptr, ptr %153, align 8, !tbaa !11
  store i8 %1362, ptr %1363, align 1, !tbaa !15
  %1364 = load ptr, ptr %155, align 8, !tbaa !11
  store i8 %1362, ptr %1364, align 1, !tbaa !15
  %1365 = load ptr, ptr @g_161, align 8, !tbaa !11
  %1366 = load i8, ptr %1365, align 1, !tbaa !15
  %1367 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %1362, i8 noundef zeroext %1366) #4
  %1368 = zext i8 %1367 to i32
  %1369 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 7), i64 0, i64 2), align 8, !tbaa !9
  %1370 = or i32 %1368, %1369
  %1371 = sext i32 %1370 to i64
  %1372 = icmp uge i64 %1371, 4294967290
  %1373 = zext i1 %1372 to i32
  %1374 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %1348, i32 noundef %1373) #4
  %1375 = sext i16 %1374 to i32
  %1376 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 3), i64 0, i64 1), align 4, !tbaa !9
  %1377 = icmp sge i32 %1375, %1376
  %1378 = zext i1 %1377 to i32
  %1379 = sext i32 %1378 to i64
  %1380 = load i64, ptr %6, align 8, !tbaa !5
  %1381 = icmp sge i64 %1379, %1380
  %1382 = zext i1 %1381 to i32
  %1383 = load ptr, ptr %21, align 8, !tbaa !11
  %1384 = load i32, ptr %1383, align 4, !tbaa !9
  %1385 = sext i32 %1384 to i64
  %1386 = icmp ne i64 %1385, 1
  %1387 = zext i1 %1386 to i32
  %1388 = load i32, ptr @g_54, align 4, !tbaa !9
  %1389 = and i32 %1387, %1388
  %1390 = sext i32 %1389 to i64
  %1391 = load ptr, ptr %156, align 8, !tbaa !11
  store i64 %1390, ptr %1391, align 8, !tbaa !5
  %1392 = icmp sge i64 %1343, %1390
  %1393 = zext i1 %1392 to i32
  %1394 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1340, i32 noundef %1393) #4
  %1395 = load i32, ptr @g_159, align 4, !tbaa !9
  %1396 = zext i32 %1395 to i64
  %1397 = load i64, ptr @g_491, align 8, !tbaa !5
  %1398 = icmp ult i64 %1396, %1397
  %1399 = zext i1 %1398 to i32
  %1400 = trunc i32 %1399 to i16
  store i16 %1400, ptr @g_165, align 2, !tbaa !13
  %1401 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %1400, i32 noundef 1) #4
  %1402 = load i64, ptr @g_491, align 8, !tbaa !5
  %1403 = trunc i64 %1402 to i16
  %1404 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1401, i16 noundef signext %1403) #4
  %1405 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext -2, i16 noundef signext %1404) #4
  %1406 = load i16, ptr @g_192, align 2, !tbaa !13
  %1407 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %1405, i16 noundef signext %1406) #4
  %1408 = trunc i16 %1407 to i8
  %1409 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %1408, i32 noundef 2) #4
  %1410 = zext i8 %1409 to i32
  %1411 = icmp ne i32 %1410, 0
  br i1 %1411, label %1415, label %1412

1412:                                             ; preds = %1338
  %1413 = load i32, ptr %7, align 4, !tbaa !9
  %1414 = icmp ne i32 %1413, 0
  br label %1415

1415:                                             ; preds = %1412, %1338
  %1416 = phi i1 [ true, %1338 ], [ %1414, %1412 ]
  %1417 = zext i1 %1416 to i32
  %1418 = load ptr, ptr %50, align 8, !tbaa !11
  store i32 -1, ptr %1418, align 4, !tbaa !9
  %1419 = load i32, ptr @g_145, align 4, !tbaa !9
  %1420 = trunc i32 %1419 to i16
  store i16 %1420, ptr %5, align 2
  store i32 1, ptr %63, align 4
  br label %1421

1421:                                             ; preds = %1415, %1331
  call void @llvm.lifetime.end.p0(i64 4, ptr %159) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %158) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %157) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %156) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %155) #3
  call void @llvm.lifetime.end.p0(i64 56, ptr %154) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %153) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %152) #3
  call void @llvm.lifetime.end.p0(i64 60, ptr %151) #3
  call void @llvm.lifetime.end.p0(i64 64, ptr %150) #3
  %1422 = load i32, ptr %63, align 4
  switch i32 %1422, label %1464 [
    i32 67, label %1425
  ]

1423:                                             ; preds = %1094
  %1424 = load ptr, ptr %35, align 8, !tbaa !11
  store i32 544660701, ptr %1424, align 4, !tbaa !9
  br label %1425

1425:                                             ; preds = %1423, %1421
  %1426 = load ptr, ptr %35, align 8, !tbaa !11
  %1427 = load i32, ptr %1426, align 4, !tbaa !9
  %1428 = sext i32 %1427 to i64
  %1429 = xor i64 %1428, -9
  %1430 = trunc i64 %1429 to i32
  store i32 %1430, ptr %1426, align 4, !tbaa !9
  store i32 -25, ptr @g_297, align 4, !tbaa !9
  br label %1431

1431:                                             ; preds = %1460, %1425
  %1432 = load i32, ptr @g_297, align 4, !tbaa !9
  %1433 = icmp ugt i32 %1432, 1
  br i1 %1433, label %1434, label %1463

1434:                                             ; preds = %1431
  call void @llvm.lifetime.start.p0(i64 8, ptr %165) #3
  store ptr %20, ptr %165, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %166) #3
  store i32 -1245928751, ptr %166, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %167) #3
  store i32 -10, ptr %167, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 20, ptr %168) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %169) #3
  store i32 0, ptr %169, align 4, !tbaa !9
  br label %1435

1435:                                             ; preds = %1442, %1434
  %1436 = load i32, ptr %169, align 4, !tbaa !9
  %1437 = icmp slt i32 %1436, 5
  br i1 %1437, label %1438, label %1445

1438:                                             ; preds = %1435
  %1439 = load i32, ptr %169, align 4, !tbaa !9
  %1440 = sext i32 %1439 to i64
  %1441 = getelementptr inbounds [5 x i32], ptr %168, i64 0, i64 %1440
  store i32 0, ptr %1441, align 4, !tbaa !9
  br label %1442

1442:                                             ; preds = %1438
  %1443 = load i32, ptr %169, align 4, !tbaa !9
  %1444 = add nsw i32 %1443, 1
  store i32 %1444, ptr %169, align 4, !tbaa !9
  br label %1435, !llvm.loop !38

1445:                                             ; preds = %1435
  %1446 = load i32, ptr %7, align 4, !tbaa !9
  %1447 = icmp ne i32 %1446, 0
  br i1 %1447, label %1448, label %1449

1448:                                             ; preds = %1445
  store i32 68, ptr %63, align 4
  br label %1457

1449:                                             ; preds = %1445
  %1450 = load ptr, ptr %165, align 8, !tbaa !11
  store ptr %1450, ptr %22, align 8, !tbaa !11
  %1451 = load i8, ptr %51, align 1, !tbaa !15
  %1452 = add i8 %1451, -1
  store i8 %1452, ptr %51, align 1, !tbaa !15
  %1453 = load i32, ptr @g_128, align 4, !tbaa !9
  %1454 = icmp ne i32 %1453, 0
  br i1 %1454, label %1455, label %1456

1455:                                             ; preds = %1449
  store i32 42, ptr %63, align 4
  br label %1457

1456:                                             ; preds = %1449
  store i32 0, ptr %63, align 4
  br label %1457

1457:                                             ; preds = %1456, %1455, %1448
  call void @llvm.lifetime.end.p0(i64 4, ptr %169) #3
  call void @llvm.lifetime.end.p0(i64 20, ptr %168) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %167) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %166) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %165) #3
  %1458 = load i32, ptr %63, align 4
  switch i32 %1458, label %1464 [
    i32 0, label %1459
    i32 68, label %1463
  ]

1459:                                             ; preds = %1457
  br label %1460

1460:                                             ; preds = %1459
  %1461 = load i32, ptr @g_297, align 4, !tbaa !9
  %1462 = add i32 %1461, 1
  store i32 %1462, ptr @g_297, align 4, !tbaa !9
  br label %1431, !llvm.loop !39

1463:                                             ; preds = %1457, %1431
  store i32 0, ptr %63, align 4
  br label %1464

1464:                                             ; preds = %1463, %1457, %1421
  call void @llvm.lifetime.end.p0(i64 4, ptr %145) #3
  call void @llvm.lifetime.end.p0(i64 24, ptr %144) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %143) #3
  call void @llvm.lifetime.end.p0(i64 2, ptr %142) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %141) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %140) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %139) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %138) #3
  %1465 = load i32, ptr %63, align 4
  switch i32 %1465, label %1468 [
    i32 0, label %1466
  ]

1466:                                             ; preds = %1464
  br label %1467

1467:                                             ; preds = %1466, %1056
  store i32 0, ptr %63, align 4
  br label %1468

1468:                                             ; preds = %1467, %1464, %1054
  call void @llvm.lifetime.end.p0(i64 4, ptr %106) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %105) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %104) #3
  call void @llvm.lifetime.end.p0(i64 1, ptr %103) #3
  call void @llvm.lifetime.end.p0(i64 2, ptr %102) #3
  call void @llvm.lifetime.end.p0(i64 80, ptr %101) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %100) #3
  call void @llvm.lifetime.end.p0(i64 80, ptr %99) #3
  call void @llvm.lifetime.end.p0(i64 20, ptr %98) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %97) #3
  call void @llvm.lifetime.end.p0(i64 1, ptr %96) #3
  %1469 = load i32, ptr %63, align 4
  switch i32 %1469, label %1474 [
    i32 0, label %1470
    i32 42, label %550
  ]

1470:                                             ; preds = %1468
  br label %1471

1471:                                             ; preds = %1470, %604
  %1472 = load i64, ptr @g_491, align 8, !tbaa !5
  %1473 = trunc i64 %1472 to i16
  store i16 %1473, ptr %5, align 2
  store i32 1, ptr %63, align 4
  br label %1474

1474:                                             ; preds = %1471, %1468, %539
  call void @llvm.lifetime.end.p0(i64 4, ptr %54) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %53) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %52) #3
  call void @llvm.lifetime.end.p0(i64 1, ptr %51) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %50) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %49) #3
  call void @llvm.lifetime.end.p0(i64 768, ptr %48) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %47) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %46) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %45) #3
  call void @llvm.lifetime.end.p0(i64 2, ptr %44) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %43) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %42) #3
  call void @llvm.lifetime.end.p0(i64 252, ptr %41) #3
  call void @llvm.lifetime.end.p0(i64 2, ptr %40) #3
  call void @llvm.lifetime.end.p0(i64 24, ptr %39) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %38) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %37) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %36) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %35) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %34) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %33) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %32) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %31) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %23) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %20) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %17) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #3
  %1475 = load i16, ptr %5, align 2
  ret i16 %1475

1476:                                             ; preds = %1046, %925, %390
  unreachable
}

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"short", !7, i64 0}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = distinct !{!19, !17}
!20 = distinct !{!20, !17}
!21 = distinct !{!21, !17}
!22 = distinct !{!22, !17}
!23 = distinct !{!23, !17}
!24 = distinct !{!24, !17}
!25 = distinct !{!25, !17}
!26 = distinct !{!26, !17}
!27 = distinct !{!27, !17}
!28 = distinct !{!28, !17}
!29 = distinct !{!29, !17}
!30 = distinct !{!30, !17}
!31 = distinct !{!31, !17}
!32 = distinct !{!32, !17}
!33 = distinct !{!33, !17}
!34 = distinct !{!34, !17}
!35 = distinct !{!35, !17}
!36 = distinct !{!36, !17}
!37 = distinct !{!37, !17}
!38 = distinct !{!38, !17}
!39 = distinct !{!39, !17}
